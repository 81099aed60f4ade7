// Caret and presence colours: distinct, readable on paper and dark backgrounds, stable per person.
const palette = ['#c2185b', '#1565c0', '#2e7d32', '#ef6c00', '#6a1b9a', '#00838f', '#ad1457', '#4e342e'];

export function personColor(userId: number): string {
  return palette[userId % palette.length] ?? '#c2185b';
}
