import type { OrganisationSize } from '../../src/modules/suppliers/supplier.entity.js';

export interface DemoSupplier {
  name: string;
  duns: string;
  registeredName: string;
  ch: string;
  city: string;
  size: OrganisationSize;
  /** The word its products carry ("Pennine object storage"). */
  brand: string;
  /** The G-Cloud lots it sells on. */
  lots: string[];
}

const LOTS: Record<string, string> = { H: 'cloud-hosting', SW: 'cloud-software', SP: 'cloud-support' };

/**
 * Demo suppliers (invented companies), one a line: `name | registered name | company number | city
 * | size | brand | lots` (H hosting, SW software, SP support). The first is the one the demo
 * supplier user works for; the first 5 sell on every G-Cloud lot. DUNS numbers are 100000001 on.
 */
export const DEMO_SUPPLIERS: DemoSupplier[] = [
  'Demo Cloud Services | Demo Cloud Services Ltd | 09876543 | Manchester | small | DemoCloud | H SW SP',
  'Agile Delivery Partners | Agile Delivery Partners LLP | OC123456 | Bristol | medium | Agile | H SW SP',
  'Bright Research Studio | Bright Research Studio Ltd | SC654321 | Glasgow | micro | Bright | H SW SP',
  'Northern Hosting Co | Northern Hosting Company PLC | 01234567 | Leeds | large | Northern | H SW SP',
  '24/7 Support Desk | Twenty Four Seven Support Ltd | 07654321 | Cardiff | small | 24/7 | H SW SP',
  'Pennine Data Centres | Pennine Data Centres Ltd | 08123401 | Sheffield | medium | Pennine | H',
  'Severn Digital | Severn Digital Ltd | 08123402 | Gloucester | small | Severn | SW SP',
  'Caledonia Cloud | Caledonia Cloud Ltd | SC512303 | Edinburgh | medium | Caledonia | H SW',
  'Thistle Software | Thistle Software Ltd | SC512304 | Dundee | small | Thistle | SW',
  'Harbourside Consulting | Harbourside Consulting LLP | OC412305 | Bristol | small | Harbourside | SP',
  'Fenland Systems | Fenland Systems Ltd | 08123406 | Cambridge | medium | Fenland | SW',
  'Red Kite Security | Red Kite Security Ltd | 08123407 | Reading | small | Red Kite | H SP',
  'Lagan Digital | Lagan Digital Ltd | NI612308 | Belfast | small | Lagan | SW SP',
  'Wessex Cloud Hosting | Wessex Cloud Hosting Ltd | 08123409 | Southampton | medium | Wessex | H',
  'Mersey Software | Mersey Software Ltd | 08123410 | Liverpool | small | Mersey | SW',
  'Tyne Data Services | Tyne Data Services PLC | 08123411 | Newcastle upon Tyne | large | Tyne | H SP',
  'Oakfield Case Systems | Oakfield Case Systems Ltd | 08123412 | Nottingham | small | Oakfield | SW',
  'Cloud Cymru | Cloud Cymru Cyf | 08123413 | Swansea | micro | Cymru | H SP',
  'Chiltern Research Partners | Chiltern Research Partners LLP | OC412314 | High Wycombe | micro | Chiltern | SP',
  'Ridgeway Analytics | Ridgeway Analytics Ltd | 08123415 | Oxford | small | Ridgeway | SW SP',
  'Meridian Managed Services | Meridian Managed Services PLC | 08123416 | Birmingham | large | Meridian | H SP',
  'Kestrel Platforms | Kestrel Platforms Ltd | 08123417 | Milton Keynes | medium | Kestrel | H SW',
  'Brightwater Learning | Brightwater Learning Ltd | 08123418 | Norwich | small | Brightwater | SW',
  'Cotswold Digital Partners | Cotswold Digital Partners Ltd | 08123419 | Cheltenham | small | Cotswold | SP',
  'Humber Health Software | Humber Health Software Ltd | 08123420 | Hull | medium | Humber | SW',
].map((line, i) => {
  const [name, registeredName, ch, city, size, brand, lots] = line.split(' | ') as [string, string, string, string, OrganisationSize, string, string];
  return { name, duns: String(100000001 + i), registeredName, ch, city, size, brand, lots: lots.split(' ').map((l) => LOTS[l]!) };
});
