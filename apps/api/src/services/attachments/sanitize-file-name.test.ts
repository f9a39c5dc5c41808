import { describe, expect, it } from 'vitest';
import { sanitizeFileName } from './sanitize-file-name.ts';

describe('sanitizeFileName', () => {
  it('keeps a plain name and gives it the detected type’s extension', () => {
    expect(sanitizeFileName('leak in bathroom.jpg', 'jpg')).toBe('leak in bathroom.jpg');
    expect(sanitizeFileName('scan.pdf', 'png')).toBe('scan.png');
    expect(sanitizeFileName('IMG_0042.HEIC', 'heic')).toBe('IMG_0042.heic');
    expect(sanitizeFileName('акт выполненных работ', 'pdf')).toBe('акт выполненных работ.pdf');
  });

  it('keeps only the last path segment', () => {
    expect(sanitizeFileName('../../etc/passwd', 'png')).toBe('passwd.png');
    expect(sanitizeFileName('C:\\Users\\aliya\\Desktop\\фото.jpeg', 'jpg')).toBe('фото.jpg');
  });

  it('removes control and bidi override characters but keeps the Persian zero-width non-joiner', () => {
    expect(sanitizeFileName('photo\u202Egpj.exe', 'png')).toBe('photogpj.png');
    expect(sanitizeFileName('a\u0000b\r\n.jpg', 'jpg')).toBe('ab.jpg');
    expect(sanitizeFileName('نامه\u200Cها.pdf', 'pdf')).toBe('نامه\u200Cها.pdf');
  });

  it('replaces reserved characters and falls back when nothing is left', () => {
    expect(sanitizeFileName('a<b>:"c"|?*.png', 'png')).toBe('a_b___c____.png');
    expect(sanitizeFileName('', 'pdf')).toBe('file.pdf');
    expect(sanitizeFileName('...', 'pdf')).toBe('file.pdf');
    expect(sanitizeFileName('.htaccess', 'png')).toBe('file.png');
    expect(sanitizeFileName('/', 'jpg', 'photo')).toBe('photo.jpg');
  });

  it('limits the length of the name', () => {
    const name = sanitizeFileName(`${'я'.repeat(500)}.pdf`, 'pdf');
    expect([...name]).toHaveLength(124);
    expect(name.endsWith('я.pdf')).toBe(true);
  });
});
