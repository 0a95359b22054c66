// The seed articles as a reader knows them from the files: which file, and how its title starts (written from the seeds).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The first words of each seed's title, as the .txt files state them. */
export const SEED_TITLE_STARTS = {
  '000': 'Party chief To Lam wants science, technology to be new highlight',
  '001': 'China attaches great importance to its relationship with Vietnam',
  '002': "Le secrétaire général Tô Lâm s'entretient par téléphone",
  '003': 'Tại cuộc hội đàm với Ngoại trưởng Trung Quốc Vương Nghị',
  '004': 'Ahead of Chinese President and General Secretary Xi Jinping’s visit to Vietnam',
} as const;

export type Seed = keyof typeof SEED_TITLE_STARTS;
export const ALL_SEEDS: Seed[] = ['000', '001', '002', '003', '004'];

/** Which seed a displayed title belongs to, or null. */
export function seedOfTitle(title: string): Seed | null {
  for (const seed of ALL_SEEDS) if (title.trim().startsWith(SEED_TITLE_STARTS[seed])) return seed;
  return null;
}

/** Site-relative article URL (with the base path) of each seed, from the build's public articles.json. */
export function seedUrls(outDir: string): Record<Seed, string> {
  const { articles } = JSON.parse(readFileSync(join(outDir, 'articles.json'), 'utf8')) as {
    articles: { sourceFile: string; url: string }[];
  };
  const out = {} as Record<Seed, string>;
  for (const seed of ALL_SEEDS) {
    const found = articles.find((a) => a.sourceFile.startsWith(`${seed}_`));
    if (!found) throw new Error(`articles.json has no article from seed ${seed}`);
    out[seed] = found.url;
  }
  return out;
}
