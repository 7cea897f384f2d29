/** core/month-chart-layout: the month chart's geometry, without a DOM. */
import { expect } from '@open-wc/testing';
import { columnAt, monthAt, monthChartLayout, monthStacks, type MonthChartInput } from '../../src/core/month-chart-layout.js';

const labels = (n: number) => Array.from({ length: n }, (_, i) => `M${i + 1}`);
const input = (over: Partial<MonthChartInput>): MonthChartInput => ({
  width: 600,
  height: 300,
  labels: labels(4),
  series: [],
  stacked: true,
  tickLabel: (v) => String(Math.round(v)),
  measure: (text) => text.length * 7,
  ...over,
});

describe('core/month-chart-layout', () => {
  it('stacks positive columns up from zero and negative ones down, on one scale', () => {
    const layout = monthChartLayout(
      input({
        series: [
          { key: 'a', kind: 'column', values: [10, 20, 30, 40] },
          { key: 'b', kind: 'column', values: [5, 5, 5, 5] },
          { key: 'c', kind: 'column', values: [-10, -20, 0, -5] },
        ],
      }),
    );
    const [a, b, c] = layout.columns.map((s) => s.boxes);
    const scale = a[0].height / 10;
    a.forEach((box, i) => {
      expect(box.y + box.height, `a ${i} stands on zero`).to.be.closeTo(layout.zero, 1e-9);
      expect(b[i].y + b[i].height, `b ${i} on a`).to.be.closeTo(box.y, 1e-9);
      if (c[i].height > 0) expect(c[i].y, `c ${i} hangs from zero`).to.be.closeTo(layout.zero, 1e-9);
    });
    [10, 20, 0, 5].forEach((v, i) => expect(c[i].height / scale, `c ${i}`).to.be.closeTo(v, 1e-9));
    expect(a[3].height / scale).to.be.closeTo(40, 1e-9);
    // The ticks are nice and hold the highest value and zero; the zero tick is the zero line; the
    // lowest column fits in the plot.
    const values = layout.ticks.map((t) => Number(t.label));
    expect(values).to.deep.equal([-20, -10, 0, 10, 20, 30, 40, 50]);
    expect(layout.ticks.find((t) => t.label === '0')!.y).to.be.closeTo(layout.zero, 1e-9);
    expect(c[1].y + c[1].height).to.be.at.most(layout.plot.bottom);
    // Columns sit in the middle of their month's band, inside the plot.
    a.forEach((box, i) => expect(box.x + box.width / 2).to.be.closeTo(layout.centres[i], 1e-9));
    expect(a[0].x).to.be.above(layout.plot.left);
    expect(a[3].x + a[3].width).to.be.below(layout.plot.right);
  });

  it('below zero the axis goes only as deep as the lowest value needs, not to the next tick', () => {
    const series = (churned: number[]) => [
      { key: 'existing', kind: 'column' as const, values: [4000, 4100, 4150, 4200] },
      { key: 'churned', kind: 'column' as const, values: churned },
    ];
    const tickLabel = (v: number) => new Intl.NumberFormat('en').format(v); // as the chart does: −0 would read "-0"
    const layout = monthChartLayout(input({ series: series([-60, -55, -40, -50]), tickLabel }));
    // −60 under 4,200: a tick step is 1,000, the churn a hairline; the plot below zero is ≈ 5% of it, not a sixth.
    expect(layout.ticks.map((t) => t.label)).to.deep.equal(['0', '1,000', '2,000', '3,000', '4,000', '5,000']);
    const { top, bottom } = layout.plot;
    expect((bottom - layout.zero) / (bottom - top)).to.be.within(0.01, 0.06);
    const lowest = layout.columns[1].boxes[0];
    expect(lowest.y + lowest.height).to.be.below(bottom);
    // Deeper churn keeps the ticks it reaches: −1,500 shows −1,000 and stops short of −2,000.
    const deep = monthChartLayout(input({ series: series([-1500, -100, -100, -100]), tickLabel }));
    expect(deep.ticks[0].label).to.equal('-1,000');
    expect(deep.columns[1].boxes[0].y + deep.columns[1].boxes[0].height).to.be.within(deep.plot.bottom - 20, deep.plot.bottom);
  });

  it('side by side when not stacked; a line on the same axis goes through each month', () => {
    const layout = monthChartLayout(
      input({
        stacked: false,
        series: [
          { key: 'a', kind: 'column', values: [10, 20, 30, 40] },
          { key: 'b', kind: 'column', values: [40, 30, 20, 10] },
          { key: 'l', kind: 'line', values: [50, 60, 70, 80] },
        ],
      }),
    );
    const [a, b] = layout.columns.map((s) => s.boxes);
    expect(b[0].x).to.be.closeTo(a[0].x + a[0].width, 1e-9);
    expect(a[0].y + a[0].height).to.be.closeTo(layout.zero, 1e-9);
    const line = layout.lines[0].points;
    expect(line.map(([x]) => x)).to.deep.equal(layout.centres);
    // 40 and 80 on one scale: the line's last point is twice as far from zero as a's last column top.
    expect((layout.zero - line[3][1]) / (layout.zero - a[3].y)).to.be.closeTo(2, 1e-9);
    expect(layout.secondaryTicks).to.equal(undefined);
  });

  it('a secondary line gets its own axis on the right, sharing the left axis zero', () => {
    const layout = monthChartLayout(
      input({
        series: [
          { key: 'new', kind: 'column', values: [100, 120, 90, 110] },
          { key: 'churned', kind: 'column', values: [-50, -60, -40, -55] },
          { key: 'existing', kind: 'line', axis: 'secondary', values: [4000, 4100, 4150, 4200] },
        ],
      }),
    );
    const right = layout.secondaryTicks!;
    expect(right.find((t) => t.label === '0')!.y, 'zero lines up').to.be.closeTo(layout.zero, 1e-6);
    expect(
      right.every((t) => Number(t.label) >= 0),
      'no negative ticks on the right',
    ).to.equal(true);
    expect(Math.max(...right.map((t) => Number(t.label)))).to.be.at.least(4200);
    // Every point inside the plot, above zero.
    for (const [, y] of layout.lines[0].points) expect(y).to.be.within(layout.plot.top, layout.zero);
    // Room on the right for the right axis' labels ("5000": 4 × 7 px).
    expect(600 - layout.plot.right).to.be.at.least(28);
  });

  it('only columns below zero beside a right-axis line: the left axis mirrors them above zero', () => {
    const layout = monthChartLayout(
      input({
        series: [
          { key: 'churned', kind: 'column', values: [-5, -6] },
          { key: 'existing', kind: 'line', axis: 'secondary', values: [40, 42] },
        ],
        labels: labels(2),
      }),
    );
    expect(layout.zero).to.be.closeTo((layout.plot.top + layout.plot.bottom) / 2, 1e-6);
    for (const [, y] of layout.lines[0].points) expect(y).to.be.within(layout.plot.top, layout.zero);
  });

  it('rotates labels for more than 12 months or when they do not fit; thins them when even that is too tight', () => {
    expect(
      monthChartLayout(input({ labels: labels(12), series: [{ key: 'a', kind: 'column', values: Array(12).fill(1) }] })).rotated,
    ).to.equal(false);
    const many = monthChartLayout(input({ labels: labels(13), series: [{ key: 'a', kind: 'column', values: Array(13).fill(1) }] }));
    expect(many.rotated).to.equal(true);
    expect(many.xLabels).to.have.length(13);
    const wide = monthChartLayout(input({ width: 200, labels: ['January 2026', 'February 2026', 'March 2026'], series: [] }));
    expect(wide.rotated, 'too wide for their bands').to.equal(true);
    expect(wide.plot.bottom, 'room below for the slanted labels').to.be.below(300 - 13 * 7 * Math.SQRT1_2);
    const crowded = monthChartLayout(input({ width: 300, labels: labels(120), series: [] }));
    expect(crowded.xLabels.length).to.be.below(120);
    expect(crowded.xLabels[0].month).to.equal(0);
  });

  it('no series: a flat axis from 0, no marks', () => {
    const layout = monthChartLayout(input({ series: [] }));
    expect(layout.columns).to.deep.equal([]);
    expect(layout.ticks[0].label).to.equal('0');
    expect(layout.zero).to.be.closeTo(layout.plot.bottom, 1e-9);
  });

  it('monthAt: the month under an x, none outside the plot', () => {
    const layout = monthChartLayout(input({ series: [{ key: 'a', kind: 'column', values: [1, 2, 3, 4] }] }));
    expect(layout.centres.map((x) => monthAt(layout, x))).to.deep.equal([0, 1, 2, 3]);
    expect(monthAt(layout, layout.plot.left - 1)).to.equal(undefined);
    expect(monthAt(layout, layout.plot.right + 1)).to.equal(undefined);
    expect(monthAt(layout, layout.plot.right)).to.equal(3);
  });
});

describe('core/month-chart-layout: stacks as choices', () => {
  const stacked = () =>
    monthChartLayout(
      input({
        series: [
          { key: 'a', kind: 'column', values: [10, 0, 30, 40] },
          { key: 'b', kind: 'column', values: [5, 5, 5, 5] },
          { key: 'c', kind: 'column', values: [-10, -20, 0, -5] },
        ],
      }),
    );

  it('monthStacks: a month’s columns bottom to top as drawn, none of zero height', () => {
    const layout = stacked();
    expect(monthStacks(layout, 0)).to.deep.equal(['c', 'a', 'b']);
    expect(monthStacks(layout, 1), 'a is 0 in month 2').to.deep.equal(['c', 'b']);
    expect(monthStacks(layout, 2), 'c is 0 in month 3').to.deep.equal(['a', 'b']);
    expect(monthStacks(layout, 9)).to.deep.equal([]);
    const side = monthChartLayout(
      input({
        stacked: false,
        series: [
          { key: 'x', kind: 'column', values: [1, 2, 3, 4] },
          { key: 'y', kind: 'column', values: [4, 3, 2, 1] },
        ],
      }),
    );
    expect(monthStacks(side, 0), 'side by side: left to right').to.deep.equal(['x', 'y']);
  });

  it('columnAt: the column under a point, none between columns or off the plot', () => {
    const layout = stacked();
    const [a, b, c] = layout.columns.map((s) => s.boxes);
    const mid = (box: { x: number; y: number; width: number; height: number }) => [box.x + box.width / 2, box.y + box.height / 2] as const;
    expect(columnAt(layout, ...mid(a[2]))).to.deep.equal({ month: 2, key: 'a' });
    expect(columnAt(layout, ...mid(b[3]))).to.deep.equal({ month: 3, key: 'b' });
    expect(columnAt(layout, ...mid(c[1]))).to.deep.equal({ month: 1, key: 'c' });
    expect(columnAt(layout, a[2].x + a[2].width / 2, layout.plot.top + 1), 'above the stack').to.equal(undefined);
    expect(columnAt(layout, a[2].x - 2, a[2].y + 1), 'beside the column, in its band').to.equal(undefined);
    expect(columnAt(layout, layout.plot.left - 5, layout.zero)).to.equal(undefined);
  });
});

describe('core/month-chart-layout with a comparison', () => {
  it('draws the comparison’s columns beside the current ones, on the same scale, none where a month is not known', () => {
    const layout = monthChartLayout(
      input({
        stacked: false,
        series: [
          { key: 'active', kind: 'column', values: [10, 20, 30, 40], previous: [null, 15, 60, 40] },
          { key: 'total', kind: 'line', values: [50, 55, 58, 70], previous: [null, 45, 52, null] },
        ],
      }),
    );
    const [active] = layout.columns;
    const scale = active.boxes[0].height / 10;
    expect(active.previous![0]).to.equal(null);
    [null, 15, 60, 40].forEach((v, i) => {
      const box = active.previous![i];
      if (v === null) return;
      expect(box!.height / scale, `month ${i}`).to.be.closeTo(v, 1e-9);
      expect(box!.y + box!.height, `month ${i} stands on zero`).to.be.closeTo(layout.zero, 1e-9);
      // Beside, on the left, as wide, in the same month's band.
      expect(box!.x + box!.width).to.be.closeTo(active.boxes[i].x, 1e-9);
      expect(box!.width).to.be.closeTo(active.boxes[i].width, 1e-9);
      expect(layout.centres[i]).to.be.closeTo(active.boxes[i].x, 1e-9);
    });
    // The axis holds the comparison's highest value (60 > every current column's).
    expect(Math.max(...layout.ticks.map((t) => Number(t.label)))).to.be.at.least(70);
    // The comparison's line: points on the months' centres, broken where unknown.
    const [total] = layout.lines;
    expect(total.previous![0]).to.equal(null);
    expect(total.previous![3]).to.equal(null);
    expect(total.previous![1]![0]).to.equal(layout.centres[1]);
    expect((layout.zero - total.previous![1]![1]) / scale).to.be.closeTo(45, 1e-9);
    // The hover and the keyboard's stacks are the current columns only.
    expect(monthStacks(layout, 2)).to.deep.equal(['active']);
  });

  it('stacks the comparison’s columns in a pile of their own beside the current stack', () => {
    const layout = monthChartLayout(
      input({
        series: [
          { key: 'a', kind: 'column', values: [10, 20, 30, 40], previous: [5, 5, 5, 5] },
          { key: 'b', kind: 'column', values: [5, 5, 5, 5], previous: [50, 1, 2, 3] },
          { key: 'c', kind: 'column', values: [-1, -2, -3, -4], previous: [-8, null, -1, -1] },
        ],
      }),
    );
    const [a, b, c] = layout.columns;
    const scale = a.boxes[0].height / 10;
    expect(b.previous![0]!.y + b.previous![0]!.height).to.be.closeTo(a.previous![0]!.y, 1e-9);
    expect(b.previous![0]!.height / scale).to.be.closeTo(50, 1e-9);
    expect(c.previous![0]!.y).to.be.closeTo(layout.zero, 1e-9);
    expect(c.previous![0]!.height / scale).to.be.closeTo(8, 1e-9);
    expect(c.previous![1]).to.equal(null);
    // The comparison's pile (55) sets the axis; the two piles share the month's column band.
    expect(Math.max(...layout.ticks.map((t) => Number(t.label)))).to.be.at.least(55);
    expect(a.previous![0]!.x).to.be.below(a.boxes[0].x);
    expect(columnAt(layout, a.previous![0]!.x + 1, layout.zero - 1)).to.equal(undefined);
  });

  it('without a comparison, the columns keep their whole slot (nothing changes)', () => {
    const series = [{ key: 'a', kind: 'column' as const, values: [1, 2, 3, 4] }];
    const layout = monthChartLayout(input({ series }));
    expect(layout.columns[0].previous).to.equal(undefined);
    expect(layout.columns[0].boxes[0].x + layout.columns[0].boxes[0].width / 2).to.be.closeTo(layout.centres[0], 1e-9);
  });
});
