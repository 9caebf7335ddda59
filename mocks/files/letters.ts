import { lines, seal, silhouette, svgDocument, text, wrap } from './svg';

/** A4 letters (commitment, authorisation) and the verification photo. */

type Fields = Record<string, string>;
const get = (fields: Fields, key: string) => fields[key] ?? '';

function page(
  title: string,
  heading: string,
  paragraphs: readonly string[],
  signature: readonly string[],
  stamp: string | null,
): string {
  let y = 260;
  const body: string[] = [
    `<rect width="794" height="1123" fill="#ffffff"/>`,
    text(397, 150, heading, { size: 36, weight: 'bold', anchor: 'middle', spacing: 4 }),
  ];
  for (const paragraph of paragraphs) {
    const rows = wrap(`\u3000\u3000${paragraph}`, 28);
    body.push(lines(90, y, rows, 40, { size: 22 }));
    y += rows.length * 40 + 24;
  }
  body.push(lines(470, Math.max(y + 80, 820), signature, 44, { size: 22 }));
  if (stamp) body.push(seal(600, Math.max(y + 100, 840), 80, stamp));
  return svgDocument(794, 1123, title, body.join(''));
}

export function commitmentLetter(fields: Fields, title: string): string {
  const unit = get(fields, 'unitName');
  return page(
    title,
    '网站备案信息真实性承诺书',
    [
      `本人/本单位（${unit}）郑重承诺：所提交的备案主体信息、网站信息及相关证件材料均真实、准确、有效，不存在虚假、冒用他人身份或证件的情况。`,
      '网站在取得备案号之前不开通访问；开通后在首页底部中间位置标明备案号并链接至工业和信息化部政务服务平台。',
      '如提交信息发生变化，将及时办理备案变更手续。如有不实，愿承担由此产生的一切法律责任。',
    ],
    [`承诺人：${get(fields, 'signer')}`, `日期：${get(fields, 'signedOn')}`],
    unit && unit !== get(fields, 'signer') ? unit : null,
  );
}

export function authorizationLetter(fields: Fields, title: string): string {
  const unit = get(fields, 'unitName');
  return page(
    title,
    '授　权　书',
    [
      `兹授权 ${get(fields, 'grantee')} 作为我单位（${unit}）的网站备案负责人，代表我单位办理互联网信息服务（ICP）备案相关事宜，并对所提交信息的真实性负责。`,
      '授权期限自签署之日起至备案办结之日止。',
    ],
    [`法定代表人：${get(fields, 'grantor')}`, `单位：${unit}`, `日期：${get(fields, 'signedOn')}`],
    unit,
  );
}

/** Background colours the recognition service names; anything but white breaks the photo rule. */
const BACKGROUNDS: Readonly<Record<string, string>> = {
  白色: '#ffffff',
  蓝色: '#5b86c5',
  灰色: '#9e9e9e',
  红色: '#c0392b',
};

export function verificationPhoto(fields: Fields, title: string): string {
  const background = BACKGROUNDS[get(fields, 'background')] ?? '#ffffff';
  // A second person behind the applicant's shoulder: what "no other people in frame" forbids.
  const second =
    Number(get(fields, 'persons') || '1') > 1
      ? silhouette(290, 110, 360, 690, 'none', {
          clothes: '#7a3b2e',
          skin: '#d9a884',
          hair: '#4a3426',
        })
      : '';
  const taken = get(fields, 'takenAt').slice(0, 16).replace('T', ' ');
  const body =
    `<rect width="600" height="800" fill="${background}"/>` +
    second +
    silhouette(0, 0, 600, 800, 'none') +
    `<rect x="396" y="760" width="196" height="30" rx="4" fill="#000" opacity="0.45"/>` +
    text(584, 781, taken, { size: 16, fill: '#ffffff', anchor: 'end' });
  return svgDocument(600, 800, title, body);
}
