/** A meter's address as staff and residents read it: street, house, flat. */
export function meterAddress(premises: {
  number: string;
  building: { street: string; houseNumber: string };
}) {
  return `${premises.building.street}, ${premises.building.houseNumber}, ${premises.number}`;
}
