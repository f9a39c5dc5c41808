// A synthetic housing-stock file: `buildings` rows over 20 districts and 40 management companies, `flats` flats
// each plus two non-residential premises on every tenth building. Deterministic (no randomness).
export function housingStockCsv(buildings: number, flats: number): string {
  const lines = [
    'district_code,district_name,street,house_number,floors,premises,non_residential,managing_organization,latitude,longitude',
  ];
  for (let i = 0; i < buildings; i += 1) {
    const district = i % 20;
    const street = `ул. Улица ${Math.floor(i / 40) + 1}`;
    lines.push(
      [
        `district-${district}`,
        `Район ${district + 1}`,
        street,
        String((i % 40) + 1),
        String(5 + (i % 12)),
        `1-${flats}`,
        i % 10 === 0 ? '"Н1, Н2"' : '',
        `УК «Компания ${(i % 40) + 1}»`,
        (43.2 + (i % 100) / 1000).toFixed(4),
        (76.9 + (i % 97) / 1000).toFixed(4),
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
