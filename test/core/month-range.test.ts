/** core/month-range: month arithmetic and the rule for a custom range. */
import { expect } from '@open-wc/testing';
import { addMonths, checkCustomRange, lastMonthsRange, monthIndex, monthsBetween, spanMonths } from '../../src/core/month-range.js';

describe('core/month-range', () => {
  it('counts and steps calendar months across years', () => {
    expect(monthIndex('2026-01') - monthIndex('2025-12')).to.equal(1);
    expect(addMonths('2026-01', -1)).to.equal('2025-12');
    expect(addMonths('2025-11', 14)).to.equal('2027-01');
    expect(spanMonths('2025-11', '2026-10')).to.equal(12);
    expect(spanMonths('2026-03', '2026-02')).to.equal(0);
    expect(monthsBetween('2025-11', '2026-02')).to.deep.equal(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-02', '2026-01')).to.deep.equal([]);
  });

  it("resolves a Last N months preset on the data's last month", () => {
    expect(lastMonthsRange(12, '2026-10')).to.deep.equal({ from: '2025-11', to: '2026-10' });
    expect(lastMonthsRange(1, '2026-10')).to.deep.equal({ from: '2026-10', to: '2026-10' });
  });

  it('refuses from after to, months outside the data, and more than 24 months', () => {
    const bounds = { min: '2022-01', max: '2026-10' };
    expect(checkCustomRange('2026-01', '2026-06', bounds)).to.equal(undefined);
    expect(checkCustomRange('2026-06', '2026-06', bounds)).to.equal(undefined);
    expect(checkCustomRange('2026-06', '2026-01', bounds)).to.deep.equal({ kind: 'order' });
    expect(checkCustomRange('2021-12', '2022-06', bounds)).to.deep.equal({ kind: 'outside', min: '2022-01', max: '2026-10' });
    expect(checkCustomRange('2026-01', '2026-11', bounds)).to.deep.equal({ kind: 'outside', min: '2022-01', max: '2026-10' });
    expect(checkCustomRange('2024-11', '2026-10', bounds)).to.equal(undefined);
    expect(checkCustomRange('2024-10', '2026-10', bounds)).to.deep.equal({ kind: 'too-long', months: 25, max: 24 });
    expect(checkCustomRange('2020-01', '2026-10', null)).to.deep.equal({ kind: 'too-long', months: 82, max: 24 });
  });
});
