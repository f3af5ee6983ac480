import { PartyRegistry } from '../../../src/core/parties';
import { gainsChart } from '../../../src/format/svg/gains-bars';
import { hemicycleChart } from '../../../src/format/svg/hemicycle';
import { shareBarsChart } from '../../../src/format/svg/share-bars';
import { colourDistance, contrast, escapeXml, fillColours, labelColour, niceStep, wrapText } from '../../../src/format/svg/svg';
import { swingometerChart } from '../../../src/format/svg/swingometer';
import { all, expectWellFormed, parseSvg, texts } from './xml';
import { battenhallShares, battenhallSwing, colour, worcesterCouncil, worcesterGains } from './worcester';

describe('label colours', () => {
  it('reach WCAG AA contrast (4.5:1) on every colour in the party registry', () => {
    for (const party of new PartyRegistry().all()) {
      if (party.colour === null) continue;
      expect({ party: party.name, ratio: contrast(labelColour(party.colour), party.colour) >= 4.5 }).toEqual({
        party: party.name,
        ratio: true,
      });
    }
  });

  it('are white on Labour red and black on SNP yellow', () => {
    expect(labelColour(colour('Labour')!)).toBe('#FFFFFF');
    expect(labelColour(colour('SNP')!)).toBe('#000000');
  });

  it('gives a party with no (or an invalid) colour the palette colour furthest from those beside it, never grey', () => {
    const fills = fillColours(['#02a95b', null, 'red', null]);
    expect(fills[0]).toBe('#02A95B');
    // Same colours in, same fills out.
    expect(fillColours(['#02a95b', null, 'red', null])).toEqual(fills);
    expect(new Set(fills).size).toBe(4);
    for (const fill of fills.slice(1)) expect(fill).toMatch(/^#[0-9A-F]{6}$/);
    expect(fills).not.toContain('#999999');
  });

  it('keeps a local party clear of the Liberal Democrats and Green beside it (LEAP 2018: Loughton, StNeots)', () => {
    const liberalDemocrats = colour('Liberal Democrats')!;
    const green = colour('Green')!;
    const [, , loughton, stNeots] = fillColours([liberalDemocrats, green, null, null]);
    for (const fill of [loughton!, stNeots!]) {
      expect(colourDistance(fill, liberalDemocrats)).toBeGreaterThan(150);
      expect(colourDistance(fill, green)).toBeGreaterThan(150);
    }
  });
});

describe('every chart', () => {
  const charts = {
    shares: () => shareBarsChart(battenhallShares()),
    council: () => hemicycleChart(worcesterCouncil()),
    gains: () => gainsChart(worcesterGains()),
    swing: () => swingometerChart(battenhallSwing()),
  };

  it.each(Object.entries(charts))('%s is well-formed SVG with an accessible name and description', (_, draw) => {
    const svg = parseSvg(draw());
    expect(svg.attributes.role).toBe('img');
    const [title] = all(svg, 'title');
    const [desc] = all(svg, 'desc');
    expect(svg.attributes['aria-labelledby']).toBe(`${title!.attributes.id} ${desc!.attributes.id}`);
    expect(title!.text.length).toBeGreaterThan(0);
    expect(desc!.text.length).toBeGreaterThan(20);
  });

  it.each(Object.entries(charts))('%s is the same bytes every time (no random ids, no dates)', (_, draw) => {
    expect(draw()).toBe(draw());
  });

  it.each(Object.entries(charts))('%s is pinned', (_, draw) => {
    expect(draw()).toMatchSnapshot();
  });

  it('escapes text from the data, so a party called <Us & "Them"> cannot break the document', () => {
    const name = `<Us & "Them">`;
    const svg = shareBarsChart({ title: `Votes for ${name}`, parties: [{ party: name, colour: null, share: 0.5, change: null }] });
    expectWellFormed(svg);
    expect(svg).toContain(escapeXml(name));
    expect(texts(parseSvg(svg))).toContain(name);
  });

  it('takes an id prefix so several charts can share one page', () => {
    const svg = parseSvg(hemicycleChart(worcesterCouncil(), { id: 'council-1' }));
    expect(all(svg, 'title')[0]!.attributes.id).toBe('council-1-title');
  });
});

describe('vote share bars', () => {
  it('write each share on its bar and the change since 2012 with an arrow (Battenhall: Green +38.2)', () => {
    const svg = parseSvg(shareBarsChart(battenhallShares()));
    const shown = texts(svg);
    expect(shown).toEqual(expect.arrayContaining(['49.5%', '40.6%', '5.8%', '4.1%']));
    expect(shown).toEqual(expect.arrayContaining(['▲ +38.2', '▼ −7.1', '▼ −26.5', 'new', '▼ −8.7']));
    expect(shown).toContain('did not stand');
    expect(all(svg, 'desc')[0]!.text).toContain('Green 49.5% of the vote, +38.2 points');
  });

  it('leave out the change column when there is no previous election', () => {
    const data = battenhallShares();
    const svg = shareBarsChart({
      title: data.title,
      parties: data.parties.filter((p) => p.share !== null).map((p) => ({ ...p, change: null })),
    });
    expect(texts(parseSvg(svg))).not.toContain('new');
    expect(svg).not.toContain('Change');
  });

  it('scale bars to the largest share: Green 49.5% is longer than Conservative 40.6% in proportion', () => {
    const svg = parseSvg(shareBarsChart(battenhallShares()));
    const bars = all(svg, 'rect').filter((r) => r.attributes.height === '20');
    const [green, conservative] = bars.map((b) => Number(b.attributes.width));
    expect(green! / conservative!).toBeCloseTo(1081 / 887, 2);
  });
});

describe('parliament (hemicycle) chart', () => {
  it('draws one seat per councillor, by party (Worcester after 2016: Lab 16, Green 2, Con 17 of 35)', () => {
    const svg = parseSvg(hemicycleChart(worcesterCouncil()));
    const groups = all(svg, 'g').map((g) => ({ title: all(g, 'title')[0]!.text, seats: all(g, 'circle').length }));
    expect(groups).toEqual([
      { title: 'Labour: 16 seats', seats: 16 },
      { title: 'Green: 2 seats', seats: 2 },
      { title: 'Conservative: 17 seats', seats: 17 },
    ]);
    expect(texts(svg)).toEqual(expect.arrayContaining(['Labour 16', 'Green 2', 'Conservative 17', 'Majority: 18', '35']));
  });

  it('puts the majority line where the 18th seat falls: Labour + Green reach it, Conservatives alone do not', () => {
    const svg = parseSvg(hemicycleChart(worcesterCouncil()));
    const line = all(svg, 'line').find((l) => l.attributes['stroke-dasharray'] !== undefined)!;
    const centre = Number(line.attributes.x1);
    const [labour, green, conservative] = all(svg, 'g').map((g) => all(g, 'circle').map((c) => Number(c.attributes.cx)));
    expect(Math.max(...labour!)).toBeLessThan(centre);
    expect(Math.min(...conservative!)).toBeGreaterThan(centre);
    expect(green!.some((x) => Math.abs(x - centre) < 1)).toBe(true);
    expect(all(svg, 'desc')[0]!.text).toBe('Labour 16, Green 2, Conservative 17 (35 seats). 18 needed for a majority: no party has one.');
  });

  it('draws vacant seats as empty when the parties hold fewer than the total', () => {
    const svg = parseSvg(hemicycleChart({ ...worcesterCouncil(), parties: [{ party: 'Labour', colour: colour('Labour'), seats: 16 }] }));
    const vacant = all(svg, 'g').find((g) => all(g, 'title')[0]!.text === 'Vacant: 19 seats')!;
    expect(all(vacant, 'circle')).toHaveLength(19);
  });

  it('has no majority line when no threshold is given (seats won at one election)', () => {
    const svg = hemicycleChart({ ...worcesterCouncil(), majorityThreshold: null });
    expect(svg).not.toContain('stroke-dasharray');
    expect(svg).not.toContain('Majority');
  });

  it('keeps seats apart however many there are', () => {
    for (const total of [1, 2, 12, 35, 57, 650]) {
      const svg = parseSvg(hemicycleChart({ title: 't', parties: [{ party: 'A', colour: null, seats: total }] }));
      const seats = all(svg, 'circle').map((c) => ({ x: Number(c.attributes.cx), y: Number(c.attributes.cy), r: Number(c.attributes.r) }));
      expect(seats).toHaveLength(total);
      let closest = Infinity;
      for (let i = 0; i < seats.length; i += 1) {
        for (let j = i + 1; j < seats.length; j += 1)
          closest = Math.min(closest, Math.hypot(seats[i]!.x - seats[j]!.x, seats[i]!.y - seats[j]!.y));
      }
      if (total > 1) expect(closest).toBeGreaterThanOrEqual(2 * seats[0]!.r);
    }
  });
});

describe('gains and losses', () => {
  it('writes gains, losses and the net change per party (Worcester 2016 vs eve of poll: Con −2, Lab +1, Green +1)', () => {
    const svg = parseSvg(gainsChart(worcesterGains()));
    const shown = texts(svg);
    expect(shown.filter((t) => /^[+−]\d|^0$/.test(t))).toEqual(expect.arrayContaining(['+1', '+1', '−2']));
    expect(all(svg, 'desc')[0]!.text).toBe(
      'Seat gains and losses by party: Labour 1 gained, 0 lost, net +1; Green 1 gained, 0 lost, net +1; Conservative 0 gained, 2 lost, net -2.',
    );
  });

  it('draws losses left of the axis and gains right of it', () => {
    const svg = parseSvg(gainsChart(worcesterGains()));
    const axis = Number(all(svg, 'line').at(-1)!.attributes.x1);
    const bars = all(svg, 'rect').filter((r) => r.attributes.height === '20');
    const [labour, green, conservative] = bars;
    expect(Number(labour!.attributes.x)).toBeCloseTo(axis, 1);
    expect(Number(green!.attributes.x)).toBeCloseTo(axis, 1);
    expect(Number(conservative!.attributes.x) + Number(conservative!.attributes.width)).toBeCloseTo(axis, 1);
    expect(Number(conservative!.attributes.width)).toBeCloseTo(2 * Number(labour!.attributes.width), 1);
  });
});

describe('swingometer', () => {
  it('reads the Butler swing with its direction in words (Battenhall: 22.7 points from Conservative to Green)', () => {
    const svg = parseSvg(swingometerChart(battenhallSwing()));
    expect(texts(svg)).toEqual(expect.arrayContaining(['22.7-point swing', 'from Conservative to Green', '◀ Conservative', 'Green ▶']));
    expect(all(svg, 'desc')[0]!.text).toContain('Butler swing of 22.7 points from Conservative to Green');
  });

  it('leans the pointer towards the party the vote swung to, by the swing over the scale', () => {
    const svg = parseSvg(swingometerChart(battenhallSwing()));
    const pointer = all(svg, 'line').find((l) => l.attributes['stroke-width'] === '5')!;
    const dx = Number(pointer.attributes.x2) - Number(pointer.attributes.x1);
    const dy = Number(pointer.attributes.y1) - Number(pointer.attributes.y2);
    const degreesFromUpright = (Math.atan2(dx, dy) * 180) / Math.PI;
    // Scale 25 points each way: 22.67 / 25 × 90° = 81.6° towards the right (Green).
    expect(degreesFromUpright).toBeCloseTo((battenhallSwing().swing.value * 100 * 90) / 25, 0);
  });

  it('stands upright with no swing', () => {
    const svg = parseSvg(swingometerChart({ ...battenhallSwing(), swing: { from: 'Conservative', to: 'Labour', value: 0 } }));
    const pointer = all(svg, 'line').find((l) => l.attributes['stroke-width'] === '5')!;
    expect(pointer.attributes.x2).toBe(pointer.attributes.x1);
    expect(texts(svg)).toContain('between Conservative and Labour');
  });
});

describe('axes and text that fit', () => {
  it('steps an axis in round numbers: LEAP 2016 -> 2018 gains up to 257 seats by 100, GE2019 up to 60 by 20, never 136 or 13', () => {
    expect(niceStep(257, 5)).toBe(100);
    expect(niceStep(60, 5)).toBe(20);
    expect(niceStep(679, 5)).toBe(200);
    expect(niceStep(2, 5)).toBe(0.5);
    for (const largest of [3, 13, 65, 136, 543, 679, 4418]) expect(String(niceStep(largest, 5))).toMatch(/^(1|2|5)0*$|^0\.(5|2|1)$/);
  });

  it('wraps a subtitle that is wider than the chart, at spaces, and never loses its words but to an ellipsis on the last line', () => {
    const subtitle = 'Change since the previous election · 1,828 contests polled both times · shares by top vote';
    const lines = wrapText(subtitle, 13, 308, 3);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ').replace(/ · /g, ' ')).toBe(subtitle.replace(/ · /g, ' '));
    for (const line of lines) expect(line).not.toMatch(/^·|·$/);
    const cut = wrapText(subtitle, 13, 120, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
  });
});
