// /robots.txt: allow everything and point crawlers to the sitemap index at its absolute URL (site + base path).
import type { APIRoute } from 'astro';
import { absoluteUrl, sitemapIndexUrl } from '../site/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitemapIndexUrl(), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
