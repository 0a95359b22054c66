// The seed articles' URLs, pinned. An article URL is its title's words and six hex characters of a hash of its title
// and first paragraph (slug.ts): once published, it is linked to from elsewhere, so a change to the slug rule, the hash,
// the folding of a title or the choice of first paragraph must fail here rather than move every URL with every other
// test still green. The word parts are read from each file's headline (or, for 003 and 004, which have none, the lead
// the title is cut from); the hash parts are the ones these pages were first published under.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCorpusContext } from '../../src/corpus/context.ts';
import { parseCorpus } from '../../src/corpus/parse-corpus.ts';
import { articleUrl } from '../../src/site/urls.ts';

const PUBLISHED: Record<string, string> = {
  '000_08c7fae4138fbc52.txt': '/articles/party-chief-to-lam-wants-science-technology-to-be-new-highlight-in-vietnam-china-eff89d/',
  '001_fbf9af1224aa518f.txt': '/articles/china-attaches-great-importance-to-its-relationship-with-vietnam-ac5a01/',
  '002_23d13732dbed37de.txt': '/articles/le-secretaire-general-to-lam-s-entretient-par-telephone-avec-le-secretaire-c881e7/',
  '003_6ab2f0264e82a350.txt': '/articles/tai-cuoc-hoi-dam-voi-ngoai-truong-trung-quoc-vuong-nghi-bo-truong-ngoai-giao-le-f8e5ba/',
  '004_3e13e795d483cb92.txt': '/articles/ahead-of-chinese-president-and-general-secretary-xi-jinpings-visit-to-vietnam-967d4e/',
};

describe('the seed articles keep their published URLs', () => {
  it('gives each seed file exactly the URL it was published under', () => {
    const { articles, errors } = parseCorpus(join(import.meta.dirname, '../../seeds'), createCorpusContext());
    expect(errors).toEqual([]);
    expect(Object.fromEntries(articles.map((a) => [a.sourceFile, articleUrl(a.slug)]))).toEqual(PUBLISHED);
  });
});
