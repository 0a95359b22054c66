// Page chrome told by its shape: menus, breadcrumbs, forms, code and link residue are kept out of the article; sentences,
// headlines and captions are not, even when they mention a tag, a site or a percentage.
import { describe, expect, it } from 'vitest';
import { chromeShape, isProse, isShortLabel, wordWeight } from '../../src/corpus/page-chrome.ts';

describe('breadcrumbs', () => {
  it('reads `Accueil / Economie / Economie numérique` as a breadcrumb', () => {
    expect(chromeShape('Accueil / Economie / Economie numérique')).toBe('breadcrumb');
  });

  it('reads breadcrumbs with other separators', () => {
    expect(chromeShape('Home › World › Asia')).toBe('breadcrumb');
    expect(chromeShape('Trang chủ » Thế giới » Châu Á')).toBe('breadcrumb');
    expect(chromeShape('Accueil | Monde | Asie-Pacifique')).toBe('breadcrumb');
  });

  it('does not read a sentence with slashes as a breadcrumb', () => {
    expect(chromeShape('Le trafic Hanoï / Nanning / Kunming a doublé en un an, selon le ministère des Transports.')).toBeNull();
  });

  it('does not read a headline with one separator as a breadcrumb', () => {
    expect(chromeShape('Hanoï / Pékin : le rail au cœur du rapprochement')).toBeNull();
  });
});

describe('form fields', () => {
  it('reads `Votre adresse e-mail ____` as a form field', () => {
    expect(chromeShape('Votre adresse e-mail ____')).toBe('form-field');
    expect(chromeShape('Votre adresse e-mail ____________________')).toBe('form-field');
  });

  it('reads checkboxes and radio buttons as text-mode browsers draw them', () => {
    expect(chromeShape("J'accepte de recevoir la newsletter [ ]")).toBe('form-field');
    expect(chromeShape('(*) Édition France')).toBe('form-field');
  });
});

describe('code', () => {
  it('reads a CSS rule as code', () => {
    expect(chromeShape('.article-body p { margin: 0 0 1em; font-size: 1.1rem; }')).toBe('code');
    expect(chromeShape('#paywall{display:none}')).toBe('code');
  });

  it('reads a script fragment as code', () => {
    expect(chromeShape('var googletag = googletag || {};')).toBe('code');
    expect(chromeShape('document.write(\'<div id="ad-slot"></div>\');')).toBe('code');
    expect(chromeShape('function(w,d,s,l,i){w[l]=w[l]||[];')).toBe('code');
  });

  it('reads tags with next to no words outside them as markup', () => {
    expect(chromeShape('<div class="ad-slot"></div>')).toBe('code');
    expect(chromeShape('<p><strong>Publicité</strong></p>')).toBe('code');
  });

  it('keeps a normal sentence that mentions <b> among its words as text', () => {
    expect(chromeShape('Le site officiel a mis le mot <b> souveraineté </b> en gras dans le communiqué publié mardi soir.')).toBeNull();
    expect(chromeShape('Les rédacteurs balisent les titres avec <b> et les citations avec <i> dans le système éditorial.')).toBeNull();
  });
});

describe('menus', () => {
  it('reads `RubriquesLa chaînePodcasts` as a menu whose item spacing was lost', () => {
    expect(chromeShape('RubriquesLa chaînePodcasts')).toBe('menu');
    expect(chromeShape('Thời sựThế giớiKinh doanh')).toBe('menu');
  });

  it('does not read a short headline with one camel-case name as a menu', () => {
    expect(chromeShape('VinFast ouvre une usine en Chine')).toBeNull();
  });

  it('does not read a short headline with two camel-case brand names as a menu', () => {
    expect(chromeShape('VinFast et TikTok visent le marché chinois')).toBeNull();
    expect(chromeShape('PetroVietnam signe avec CNPC et SinoPec')).toBeNull();
  });
});

describe('link residue', () => {
  it('reads the #alternate lines of a text-mode dump as link residue', () => {
    expect(chromeShape('#alternate')).toBe('link-residue');
    expect(chromeShape('#alternate RSS Asie-Pacifique')).toBe('link-residue');
  });

  it('reads a pasted address or query string as link residue', () => {
    expect(chromeShape('https://www.example.fr/monde/article/2024/03/12/hanoi-pekin_6221.html')).toBe('link-residue');
    expect(chromeShape('share?url=https%3A%2F%2Fexample.fr%2Fmonde&text=Hanoi')).toBe('link-residue');
  });

  it('keeps a sentence that names a website as text', () => {
    expect(chromeShape('Selon le site www.vnexpress.net, la ligne sera achevée en 2030.')).toBeNull();
  });

  it('keeps percentages in headlines and in Chinese text as text', () => {
    expect(chromeShape('Les exportations vers la Chine bondissent de 20% en 2024')).toBeNull();
    expect(chromeShape('越南：2020年50%的社交用户使用本土社交网络')).toBeNull();
  });
});

describe('platform notices', () => {
  it('reads `You have to enable JavaScript to run this app.` as a platform notice', () => {
    expect(chromeShape('You have to enable JavaScript to run this app.')).toBe('platform-notice');
  });

  it('reads the French and cookie notices too', () => {
    expect(chromeShape('Veuillez activer JavaScript dans votre navigateur pour lire cet article.')).toBe('platform-notice');
    expect(chromeShape('This site uses cookies. By continuing to browse you accept our cookie policy.')).toBe('platform-notice');
  });

  it('keeps a long paragraph that happens to mention cookies and consent as text', () => {
    const paragraph =
      'Le décret vietnamien sur la protection des données personnelles, entré en vigueur en juillet, oblige désormais les plateformes chinoises comme TikTok ou Shopee à obtenir le consentement explicite des utilisateurs avant de déposer des cookies publicitaires, sous peine d’amendes pouvant atteindre 5 % de leur chiffre d’affaires annuel au Vietnam.';
    expect(chromeShape(paragraph)).toBeNull();
  });
});

describe('separators', () => {
  it('reads lines of symbols as separators', () => {
    for (const line of ['* * *', '|', '———', '>>', '•', '}']) expect(chromeShape(line), line).toBe('separator');
  });
});

describe('article text', () => {
  it('is never chrome', () => {
    const lines = [
      'Hanoï et Pékin relancent le projet de ligne ferroviaire Lao Cai–Haiphong',
      'Le Vietnam et la Chine ont signé mardi à Hanoï un accord-cadre sur la construction de la ligne à écartement standard.',
      'Un financement encore incertain',
      'Lire aussi',
      'Par Claire Martin avec AFP',
      '越南与中国周二在河内签署了关于老街—河内—海防标准轨铁路项目的合作框架协议。',
      'Việt Nam và Trung Quốc ký thỏa thuận hợp tác đường sắt khổ tiêu chuẩn Lào Cai – Hà Nội – Hải Phòng',
      '« Une nouvelle étape » : le rail au cœur du rapprochement',
    ];
    for (const line of lines) expect(chromeShape(line), line).toBeNull();
  });
});

describe('isProse, isShortLabel, wordWeight', () => {
  it('counts words, and a Chinese character as half a word', () => {
    expect(wordWeight('Hanoï et Pékin')).toBe(3);
    expect(wordWeight('越南与中国')).toBe(2.5);
    expect(wordWeight('越南 Vietnam')).toBe(2);
  });

  it('reads a sentence as prose, in French and in Chinese', () => {
    expect(isProse('Le Vietnam et la Chine ont signé mardi un accord ferroviaire.')).toBe(true);
    expect(isProse('越南与中国周二签署了关于老街—河内—海防铁路的合作协议。')).toBe(true);
  });

  it('reads a long punctuated passage as prose even without a final period', () => {
    expect(
      isProse(
        'Le projet, estimé à plus de 8 milliards de dollars, doit relier Lao Cai, Hanoï et Haiphong avant la fin de la décennie selon le ministère',
      ),
    ).toBe(true);
  });

  it('does not read a menu item, a label or a long run of unpunctuated tags as prose', () => {
    expect(isProse('Rubriques')).toBe(false);
    expect(isProse('Economie numérique')).toBe(false);
    expect(
      isProse(
        'Monde Asie Chine Vietnam Économie Transports Rail Infrastructures Diplomatie Défense Énergie Commerce Tourisme Culture Sport Sciences',
      ),
    ).toBe(false);
  });

  it('reads short lines that end no sentence as labels', () => {
    expect(isShortLabel('Lire aussi')).toBe(true);
    expect(isShortLabel('Voir les commentaires')).toBe(true);
    expect(isShortLabel('Un financement encore incertain')).toBe(true);
    expect(isShortLabel('Le projet est relancé.')).toBe(false);
    expect(isShortLabel('Le Vietnam et la Chine ont signé mardi à Hanoï un accord-cadre sur la ligne ferroviaire Lao Cai–Haiphong')).toBe(
      false,
    );
  });
});
