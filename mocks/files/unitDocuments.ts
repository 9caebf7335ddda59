import { field, lines, seal, svgDocument, text, wrap } from './svg';

/** Unit certificates and other certificates: business licence, unit certificates, domain, licence. */

type Fields = Record<string, string>;
const get = (fields: Fields, key: string) => fields[key] ?? '';

function qrPlaceholder(x: number, y: number, size: number): string {
  const cells: string[] = [];
  const cell = size / 7;
  for (let row = 0; row < 7; row += 1) {
    for (let col = 0; col < 7; col += 1) {
      if ((row * 3 + col * 5) % 4 === 0 || row === 0 || col === 0 || row === 6 || col === 6) {
        cells.push(
          `<rect x="${x + col * cell}" y="${y + row * cell}" width="${cell}" height="${cell}" fill="#222"/>`,
        );
      }
    }
  }
  return cells.join('');
}

/** 营业执照: white page, red double border, the credit code at the top left, a red seal. */
export function businessLicense(fields: Fields, title: string): string {
  const address = wrap(get(fields, 'address'), 30);
  const body =
    `<rect width="1200" height="850" fill="#fffdf8"/>` +
    `<rect x="14" y="14" width="1172" height="822" fill="none" stroke="#c62828" stroke-width="14"/>` +
    `<rect x="40" y="40" width="1120" height="770" fill="none" stroke="#c62828" stroke-width="3"/>` +
    text(90, 110, '统一社会信用代码', { size: 22, fill: '#333' }) +
    text(90, 145, get(fields, 'creditCode'), {
      size: 22,
      family: "'DejaVu Sans Mono',monospace",
      spacing: 1,
    }) +
    text(600, 170, '营 业 执 照', {
      size: 76,
      weight: 'bold',
      fill: '#c62828',
      anchor: 'middle',
      spacing: 10,
    }) +
    qrPlaceholder(1000, 80, 110) +
    field(120, 280, '名　　称', get(fields, 'unitName'), 30, 170) +
    field(120, 340, '类　　型', '有限责任公司', 28, 170) +
    field(120, 400, '法定代表人', get(fields, 'legalRepresentative'), 28, 170) +
    field(120, 460, '成立日期', get(fields, 'validFrom'), 28, 170) +
    field(120, 520, '营业期限', get(fields, 'validTo'), 28, 170) +
    text(120, 580, '住　　所', { size: 24, fill: '#4a6785' }) +
    lines(290, 580, address.slice(0, 2), 40, { size: 28 }) +
    text(
      120,
      700,
      '经营范围：一般项目：技术服务、技术开发、技术咨询（依法须经批准的项目，经相关部门批准后方可开展经营活动）',
      { size: 18, fill: '#555' },
    ) +
    text(900, 700, '登记机关', { size: 24, anchor: 'middle' }) +
    seal(900, 700, 90, '市场监督管理局');
  return svgDocument(1200, 850, title, body);
}

export function unitCertificate(fields: Fields, title: string): string {
  const heading = get(fields, 'certificateName') || '单位登记证书';
  const body =
    `<rect width="1200" height="850" fill="#fbf7ee"/>` +
    `<rect x="24" y="24" width="1152" height="802" fill="none" stroke="#b8860b" stroke-width="8"/>` +
    text(600, 140, heading, {
      size: 60,
      weight: 'bold',
      fill: '#8b1a1a',
      anchor: 'middle',
      spacing: 8,
    }) +
    field(140, 260, '统一社会信用代码', get(fields, 'creditCode'), 28, 230) +
    field(140, 330, '名　　称', get(fields, 'unitName'), 30, 230) +
    field(140, 400, '法定代表人', get(fields, 'legalRepresentative'), 28, 230) +
    text(140, 470, '住　　所', { size: 24, fill: '#4a6785' }) +
    lines(370, 470, wrap(get(fields, 'address'), 28).slice(0, 2), 40, { size: 28 }) +
    field(140, 600, '有效期', `${get(fields, 'validFrom')} 至 ${get(fields, 'validTo')}`, 26, 230) +
    seal(950, 680, 95, '登记管理机关');
  return svgDocument(1200, 850, title, body);
}

export function domainCertificate(fields: Fields, title: string): string {
  const body =
    `<rect width="1123" height="794" fill="#f7fafc"/>` +
    `<rect x="30" y="30" width="1063" height="734" fill="none" stroke="#1565c0" stroke-width="6"/>` +
    text(561, 140, '域名注册证书', {
      size: 58,
      weight: 'bold',
      fill: '#0d47a1',
      anchor: 'middle',
      spacing: 8,
    }) +
    text(561, 200, 'Domain Name Registration Certificate', {
      size: 24,
      fill: '#546e7a',
      anchor: 'middle',
    }) +
    field(140, 300, '域名', get(fields, 'domain'), 34, 200) +
    field(140, 370, '注册者', get(fields, 'registrant'), 28, 200) +
    field(140, 440, '注册商', get(fields, 'registrar'), 26, 200) +
    field(140, 510, '注册日期', get(fields, 'registeredOn'), 26, 200) +
    field(140, 580, '到期日期', get(fields, 'expiresOn'), 26, 200) +
    seal(900, 620, 85, '域名注册服务机构');
  return svgDocument(1123, 794, title, body);
}

export function preApprovalLicence(fields: Fields, title: string): string {
  const body =
    `<rect width="1123" height="794" fill="#fdfaf3"/>` +
    `<rect x="26" y="26" width="1071" height="742" fill="none" stroke="#8b1a1a" stroke-width="6"/>` +
    text(561, 150, `${get(fields, 'category')}经营许可证`, {
      size: 54,
      weight: 'bold',
      fill: '#8b1a1a',
      anchor: 'middle',
    }) +
    field(140, 300, '许可证编号', get(fields, 'documentNumber'), 30, 200) +
    field(140, 380, '单位名称', get(fields, 'unitName'), 30, 200) +
    field(140, 460, '许可范围', get(fields, 'category'), 28, 200) +
    seal(880, 600, 90, '发证机关');
  return svgDocument(1123, 794, title, body);
}
