/**
 * Where to put a dot for countries and territories that have no polygon in world-atlas
 * `countries-110m` (microstates, small islands, territories folded into another country's
 * shape such as French Guiana), and for Kosovo, whose shape has no id. `[longitude, latitude]`
 * in degrees, at the capital or the main island (a dot marks the place; precision to ~0.1°).
 * DOM-free.
 */
export const CENTROIDS: Readonly<Record<string, readonly [number, number]>> = {
  AD: [1.52, 42.55], // Andorra
  AG: [-61.8, 17.08], // Antigua and Barbuda
  AI: [-63.05, 18.22], // Anguilla
  AS: [-170.7, -14.3], // American Samoa
  AW: [-69.97, 12.52], // Aruba
  AX: [19.93, 60.18], // Åland Islands
  BB: [-59.55, 13.17], // Barbados
  BH: [50.56, 26.07], // Bahrain
  BL: [-62.83, 17.9], // Saint Barthélemy
  BM: [-64.75, 32.31], // Bermuda
  BQ: [-68.26, 12.18], // Bonaire, Sint Eustatius and Saba
  BV: [3.4, -54.42], // Bouvet Island
  CC: [96.87, -12.17], // Cocos (Keeling) Islands
  CK: [-159.78, -21.24], // Cook Islands
  CV: [-23.51, 14.93], // Cabo Verde
  CW: [-68.99, 12.17], // Curaçao
  CX: [105.69, -10.45], // Christmas Island
  DM: [-61.37, 15.41], // Dominica
  FM: [158.22, 6.92], // Micronesia
  FO: [-6.91, 61.89], // Faroe Islands
  GD: [-61.68, 12.12], // Grenada
  GF: [-53.13, 3.93], // French Guiana (drawn inside France's shape)
  GG: [-2.59, 49.45], // Guernsey
  GI: [-5.35, 36.14], // Gibraltar
  GP: [-61.55, 16.25], // Guadeloupe
  GS: [-36.59, -54.43], // South Georgia and the South Sandwich Islands
  GU: [144.79, 13.44], // Guam
  HK: [114.17, 22.32], // Hong Kong
  HM: [73.5, -53.1], // Heard Island and McDonald Islands
  IM: [-4.55, 54.24], // Isle of Man
  IO: [72.42, -7.33], // British Indian Ocean Territory
  JE: [-2.13, 49.21], // Jersey
  KI: [172.98, 1.42], // Kiribati (Tarawa)
  KM: [43.87, -11.88], // Comoros
  KN: [-62.78, 17.36], // Saint Kitts and Nevis
  KY: [-81.25, 19.31], // Cayman Islands
  LC: [-60.98, 13.91], // Saint Lucia
  LI: [9.55, 47.16], // Liechtenstein
  MC: [7.42, 43.74], // Monaco
  MF: [-63.06, 18.08], // Saint Martin (French part)
  MH: [171.18, 7.13], // Marshall Islands
  MO: [113.54, 22.2], // Macao
  MP: [145.75, 15.18], // Northern Mariana Islands
  MQ: [-61.02, 14.64], // Martinique
  MS: [-62.19, 16.74], // Montserrat
  MT: [14.38, 35.94], // Malta
  MU: [57.55, -20.35], // Mauritius
  MV: [73.22, 3.2], // Maldives
  NF: [167.95, -29.04], // Norfolk Island
  NR: [166.93, -0.52], // Nauru
  NU: [-169.87, -19.05], // Niue
  PF: [-149.41, -17.68], // French Polynesia (Tahiti)
  PM: [-56.27, 46.94], // Saint Pierre and Miquelon
  PN: [-130.1, -25.07], // Pitcairn
  PW: [134.58, 7.51], // Palau
  RE: [55.54, -21.12], // Réunion
  SC: [55.49, -4.68], // Seychelles
  SG: [103.82, 1.35], // Singapore
  SH: [-5.71, -15.96], // Saint Helena
  SJ: [16.0, 78.0], // Svalbard and Jan Mayen
  SM: [12.46, 43.94], // San Marino
  ST: [6.61, 0.19], // São Tomé and Príncipe
  SX: [-63.06, 18.04], // Sint Maarten
  TC: [-71.8, 21.69], // Turks and Caicos Islands
  TK: [-171.86, -9.2], // Tokelau
  TO: [-175.2, -21.18], // Tonga
  TV: [179.19, -8.52], // Tuvalu
  UM: [-177.38, 28.2], // United States Minor Outlying Islands (Midway)
  VA: [12.45, 41.9], // Holy See
  VC: [-61.2, 13.25], // Saint Vincent and the Grenadines
  VG: [-64.62, 18.42], // British Virgin Islands
  VI: [-64.9, 18.34], // United States Virgin Islands
  WF: [-176.2, -13.77], // Wallis and Futuna
  WS: [-172.1, -13.76], // Samoa
  XK: [20.9, 42.6], // Kosovo (user-assigned code; its shape in the atlas has no id)
  YT: [45.17, -12.83], // Mayotte
};
