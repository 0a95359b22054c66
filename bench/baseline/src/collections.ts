// Typed access to the baseline's collections. The casts are needed because the main project's `astro check` also reads
// this folder, and there `astro:content` describes the real site's collections, not these.
import { getCollection, render } from 'astro:content';

export interface BaselineArticle {
  id: string;
  data: { title: string; date: Date | null; language: string; topics: string[] };
}

export interface BaselineTopic {
  id: string;
  data: { name: string };
}

export async function getArticles(): Promise<BaselineArticle[]> {
  return (await getCollection('articles' as never)) as unknown as BaselineArticle[];
}

export async function getTopics(): Promise<BaselineTopic[]> {
  return (await getCollection('topics' as never)) as unknown as BaselineTopic[];
}

export async function renderArticle(article: BaselineArticle): ReturnType<typeof render> {
  return render(article as never);
}
