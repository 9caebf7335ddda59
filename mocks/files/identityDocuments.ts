import { field, lines, silhouette, svgDocument, text, wrap } from './svg';

/** Personal identity documents: resident ID (both sides), passport, travel permits, residence permit. */

type Fields = Record<string, string>;
const get = (fields: Fields, key: string) => fields[key] ?? '';

function card(width: number, height: number, fill: string): string {
  return (
    `<defs><linearGradient id="card" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${fill}"/><stop offset="1" stop-color="#ffffff"/></linearGradient></defs>` +
    `<rect x="4" y="4" width="${width - 8}" height="${height - 8}" rx="28" fill="url(#card)" stroke="#c9d3dd" stroke-width="2"/>`
  );
}

export function idCardFront(fields: Fields, title: string): string {
  const birth = get(fields, 'birthDate').split('-');
  const address = wrap(get(fields, 'address'), 11);
  const body =
    card(856, 540, '#e8f1f8') +
    field(48, 92, '姓名', get(fields, 'name'), 30, 90) +
    field(48, 152, '性别', get(fields, 'sex'), 26, 90) +
    field(250, 152, '民族', get(fields, 'ethnicity'), 26, 90) +
    text(48, 212, '出生', { size: 22, fill: '#4a6785' }) +
    text(138, 212, `${birth[0] ?? ''} 年 ${Number(birth[1] ?? 0)} 月 ${Number(birth[2] ?? 0)} 日`, {
      size: 26,
    }) +
    text(48, 272, '住址', { size: 22, fill: '#4a6785' }) +
    lines(138, 272, address.slice(0, 4), 38, { size: 24 }) +
    text(48, 480, '公民身份号码', { size: 22, fill: '#4a6785' }) +
    text(230, 482, get(fields, 'number'), {
      size: 34,
      family: "'DejaVu Sans Mono',monospace",
      spacing: 3,
    }) +
    silhouette(590, 60, 220, 270, '#f6f8fa');
  return svgDocument(856, 540, title, body);
}

function emblem(cx: number, cy: number, r: number): string {
  return (
    `<circle cx="${cx}" cy="${cy}" r="${r}" fill="#d32f2f"/>` +
    `<circle cx="${cx}" cy="${cy}" r="${r * 0.78}" fill="none" stroke="#ffd54f" stroke-width="4"/>` +
    text(cx, cy + r * 0.2, '★', { size: Math.round(r * 0.8), fill: '#ffd54f', anchor: 'middle' })
  );
}

export function idCardBack(fields: Fields, title: string): string {
  const body =
    card(856, 540, '#eef4ea') +
    emblem(130, 140, 76) +
    text(520, 130, '中华人民共和国', { size: 44, weight: 'bold', anchor: 'middle', spacing: 6 }) +
    text(520, 215, '居民身份证', { size: 58, weight: 'bold', anchor: 'middle', spacing: 14 }) +
    field(120, 400, '签发机关', get(fields, 'issuingAuthority'), 28, 150) +
    field(
      120,
      460,
      '有效期限',
      `${get(fields, 'validFrom').replaceAll('-', '.')}-${get(fields, 'validTo').replaceAll('-', '.')}`,
      28,
      150,
    );
  return svgDocument(856, 540, title, body);
}

export function passportPage(fields: Fields, title: string): string {
  const name = get(fields, 'name');
  const number = get(fields, 'number');
  const mrz = `P<${name.replace(/\s+/g, '<')}`.padEnd(44, '<').slice(0, 44);
  const body =
    `<rect width="1250" height="880" fill="#f3efe6"/>` +
    text(60, 80, 'PASSPORT', { size: 44, weight: 'bold', fill: '#3e4a61', spacing: 8 }) +
    silhouette(60, 140, 300, 380, '#ffffff') +
    field(420, 190, 'Name', name, 34, 190) +
    field(420, 260, 'Nationality', get(fields, 'nationality'), 30, 190) +
    field(420, 330, 'Passport No.', number, 30, 190) +
    field(420, 400, 'Date of expiry', get(fields, 'validTo'), 30, 190) +
    field(420, 470, 'Authority', get(fields, 'issuingAuthority'), 26, 190) +
    text(60, 760, mrz, { size: 36, family: "'DejaVu Sans Mono',monospace", spacing: 2 }) +
    text(60, 820, `${number}<`.padEnd(44, '<'), {
      size: 36,
      family: "'DejaVu Sans Mono',monospace",
      spacing: 2,
    });
  return svgDocument(1250, 880, title, body);
}

export function travelPermit(fields: Fields, title: string): string {
  const number = get(fields, 'number');
  const heading = /^\d/.test(number) ? '台湾居民来往大陆通行证' : '港澳居民来往内地通行证';
  const body =
    card(856, 540, '#eaf0f7') +
    text(428, 70, heading, { size: 34, weight: 'bold', anchor: 'middle', spacing: 4 }) +
    silhouette(48, 110, 200, 250, '#ffffff') +
    field(290, 160, '姓名', get(fields, 'name'), 30, 110) +
    field(290, 230, '证件号码', number, 28, 130) +
    field(290, 300, '有效期限', get(fields, 'validTo'), 26, 130) +
    field(290, 370, '签发机关', get(fields, 'issuingAuthority'), 22, 130);
  return svgDocument(856, 540, title, body);
}

export function residencePermit(fields: Fields, title: string): string {
  const body =
    card(856, 540, '#f4efe4') +
    text(428, 70, '居住证', { size: 44, weight: 'bold', anchor: 'middle', spacing: 16 }) +
    field(48, 140, '姓名', get(fields, 'name'), 30, 100) +
    field(48, 200, '公民身份号码', get(fields, 'number'), 24, 170) +
    text(48, 260, '居住地址', { size: 22, fill: '#4a6785' }) +
    lines(170, 260, wrap(get(fields, 'address'), 22).slice(0, 3), 36, { size: 24 }) +
    field(48, 420, '签发机关', get(fields, 'issuingAuthority'), 24, 130) +
    field(48, 470, '有效期限', `${get(fields, 'validFrom')} 至 ${get(fields, 'validTo')}`, 24, 130);
  return svgDocument(856, 540, title, body);
}
