// The password of a CLI command: piped on stdin when stdin is not a terminal (automation), else typed twice at a
// hidden prompt.
import password from '@inquirer/password';

export async function readPassword(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    // The first line: `echo secret | pnpm citydesk …` appends a newline that is not part of the password.
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  for (;;) {
    const first = await password({ message: question, mask: '*' });
    const again = await password({ message: 'Repeat it', mask: '*' });
    if (first === again) return first;
    console.error('The two passwords differ; try again.');
  }
}
