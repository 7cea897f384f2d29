/**
 * How long a kit chart animates, when it does (a legend toggle, a zoom): ApexCharts' redraws and
 * the month chart's slides alike. A module of its own so the month chart does not bundle the
 * ApexCharts adapter for a number.
 */
export const ANIMATION_MS = 300;
