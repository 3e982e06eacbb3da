// The dashboard charts' colours: each has at least 3:1 contrast against white (WCAG 1.4.11), and a legend and a
// table tell them apart as well.
export const CHART_COLOURS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0f766e'] as const
