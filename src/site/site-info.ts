// The site's name and description as feeds and metadata state them (BaseLayout shows the same name in <title>).
export const SITE_NAME = 'Vietnam–China Reader';
export const SITE_DESCRIPTION = 'News articles on Vietnam–China relations in English, Vietnamese, French and Chinese.';
