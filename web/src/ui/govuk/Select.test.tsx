import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { describeFixtures } from './fixtures';
import { Select } from './Select';

describeFixtures('select', (options) => <Select items={[]} {...options} />);

const items = [
  { value: '', text: 'Choose a lot' },
  { value: 'cloud-hosting', text: 'Cloud hosting' },
  { value: 'cloud-software', text: 'Cloud software' },
];

describe('Select', () => {
  afterEach(cleanup);

  it('starts from value when uncontrolled and is described by its hint', () => {
    render(<Select name="lot" label={{ text: 'Lot' }} hint={{ text: 'The lot of the service' }} items={items} value="cloud-software" />);
    const select = screen.getByRole('combobox', { name: 'Lot' }) as HTMLSelectElement;
    expect(select.value).toBe('cloud-software');
    expect(select.getAttribute('aria-describedby')).toBe('lot-hint');
    fireEvent.change(select, { target: { value: 'cloud-hosting' } });
    expect(select.value).toBe('cloud-hosting');
  });

  it('follows value when controlled', () => {
    function Controlled() {
      const [lot, setLot] = useState('');
      return (
        <>
          <Select name="lot" label={{ text: 'Lot' }} items={items} value={lot} onChange={(e) => setLot(e.target.value)} />
          <output>{lot}</output>
        </>
      );
    }
    const { container } = render(<Controlled />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Lot' }), { target: { value: 'cloud-hosting' } });
    expect(container.querySelector('output')?.textContent).toBe('cloud-hosting');
  });
});
