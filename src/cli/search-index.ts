// `npm run search-index -- <site> [--list | --shard <name>]`: the search index of a site built with
// `npm run build -- --pages-only`, written into it in place. Without an option it writes every shard the folder does not
// already hold with the same pages, then the files beside them; `--shard` writes one shard only, so several machines
// can each write some of them (README, "A large archive's search index, on one machine or several"); `--list` names the shards.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeIndex, shardsOfSite, writeSearchIndex } from '../indexing/search-index.ts';
import { readShardArticles, SHARD_ARTICLES_ENV } from '../search/index-shards.ts';

const USAGE = 'npm run search-index -- <site folder> [--list | --shard <name>]';

function fail(message: string): never {
  console.error(`[search-index] ${message}`);
  process.exit(1);
}

function readArgs() {
  try {
    return parseArgs({ options: { list: { type: 'boolean' }, shard: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    fail(`${(error as Error).message}\nusage: ${USAGE}`);
  }
}

const { values, positionals } = readArgs();
if (positionals.length !== 1 || (values.list && values.shard !== undefined)) fail(`usage: ${USAGE}`);
const site = resolve(positionals[0]!);
if (!existsSync(site)) fail(`${site} does not exist: build the pages first (npm run build -- --pages-only --outDir ${positionals[0]})`);

try {
  const shardSetting = readShardArticles(process.env[SHARD_ARTICLES_ENV]);
  if (values.list) {
    for (const shard of shardsOfSite(site, shardSetting)) console.log(`${shard.name}\t${shard.articles} articles`);
  } else {
    const started = performance.now();
    const report = await writeSearchIndex(site, { shardSetting, ...(values.shard === undefined ? {} : { only: values.shard }) });
    console.log(`[search-index] ${describeIndex(report, performance.now() - started)}`);
    if (values.shard !== undefined) {
      console.log(
        `[search-index] Wrote ${site}/pagefind/${values.shard}/; once every shard is in, run npm run search-index -- ${positionals[0]}`,
      );
    }
  }
} catch (error) {
  fail((error as Error).message);
}
