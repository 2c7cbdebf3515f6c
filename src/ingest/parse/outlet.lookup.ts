import outletsData from '../../../data/outlets.json' with { type: 'json' };

/** A news outlet from the curated list in data/outlets.json. */
export interface Outlet {
  name: string;
  aliases: string[];
  domains: string[];
}

const OUTLETS: Outlet[] = outletsData.outlets;

const byName = new Map<string, Outlet>();
for (const outlet of OUTLETS) {
  for (const name of [outlet.name, ...outlet.aliases]) {
    const key = name.toLowerCase().replace(/^the\s+/, '');
    if (!byName.has(key)) byName.set(key, outlet);
  }
}

/** All curated outlets, for gazetteers. */
export function allOutlets(): readonly Outlet[] {
  return OUTLETS;
}

/** The outlet with this name or alias ("FT", "the Financial Times"), case-insensitive. */
export function outletByName(name: string): Outlet | null {
  return byName.get(name.trim().toLowerCase().replace(/^the\s+/, '')) ?? null;
}

/** The outlet serving this URL, matching the host or any parent domain ("uk.news.yahoo.com"). */
export function outletFromUrl(url: string): Outlet | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  let best: Outlet | null = null;
  let bestLength = 0;
  for (const outlet of OUTLETS) {
    for (const domain of outlet.domains) {
      if ((host === domain || host.endsWith(`.${domain}`)) && domain.length > bestLength) {
        best = outlet;
        bestLength = domain.length;
      }
    }
  }
  return best;
}
