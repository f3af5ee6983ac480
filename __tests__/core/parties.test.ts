import { PartyRegistry } from '../../src/core/parties';

const registry = new PartyRegistry();

describe('the party registry', () => {
  it.each([
    ['C', 'Conservative'],
    ['Con', 'Conservative'],
    ['Conservative and Unionist Party', 'Conservative'],
    ['The Conservative Party Candidate', 'Conservative'],
    ['Labour and Co-operative Party', 'Labour'],
    ['Labour & Co-operative Party', 'Labour'],
    ['Lib Dem', 'Liberal Democrats'],
    ['LD', 'Liberal Democrats'],
    ['Green Party', 'Green'],
    ['Grn', 'Green'],
    ['Scottish National Party (SNP)', 'SNP'],
    ['Plaid Cymru - The Party of Wales', 'Plaid Cymru'],
    ['UK Independence Party (UKIP)', 'UKIP'],
    ['Sinn Fein', 'Sinn Féin'],
    ['Speaker seeking re-election', 'Speaker'],
    ['Reform UK', 'Reform UK'],
  ])('reads %j as %s', (written, canonical) => {
    expect(registry.lookup(written)?.name).toBe(canonical);
  });

  it('gives the canonical codes of design.md', () => {
    const codes = ['Conservative', 'Labour', 'Liberal Democrats', 'Green', 'Reform UK', 'UKIP', 'SNP', 'Plaid Cymru', 'Independent'].map(
      (name) => registry.byCanonicalName(name)?.code,
    );
    expect(codes).toEqual(['Con', 'Lab', 'LD', 'Grn', 'Reform', 'UKIP', 'SNP', 'PC', 'Ind']);
  });

  it('does not know a local party, which keeps its name as written', () => {
    expect(registry.lookup('Wyre Forest Independent Community Health Concern')).toBeNull();
  });

  it('suggests the nearest known name for a misspelling (Labor -> Labour)', () => {
    expect(registry.nearest('Labor')?.party.name).toBe('Labour');
    expect(registry.nearest('Conservatve')?.party.name).toBe('Conservative');
    expect(registry.nearest('Wyre Forest Independent Community Health Concern')).toBeNull();
    expect(registry.nearest('Green Pary')?.party.name).toBe('Green');
  });

  it('suggests nothing for real parties that only share a word or a letter with a known one (Commons Library, LEAP)', () => {
    for (const real of ['Respect Party', 'The Cornish Democrats', 'The U(niversal) Party', 'CC(Hart)', 'Communist Party of Britain']) {
      expect(registry.nearest(real)).toBeNull();
    }
  });

  it('can be extended: a new party with aliases, and a new alias for a known party', () => {
    const extended = new PartyRegistry();
    extended.add({ name: 'Health Concern', code: 'ICHC', colour: '#9E1A1A', aliases: ['Independent Community and Health Concern'] });
    extended.add({ name: 'Labour', code: '', colour: null, aliases: ['Labour Party (Lab)'] });
    expect(extended.lookup('ICHC')?.name).toBe('Health Concern');
    expect(extended.lookup('Independent Community and Health Concern')?.colour).toBe('#9E1A1A');
    expect(extended.lookup('Labour Party (Lab)')).toMatchObject({ name: 'Labour', code: 'Lab' });
  });
});
