/**
 * States that no longer exist, as Dalian's history and commemoration news names them: the powers that held
 * the city ("Tsarist Russia", "the Soviet Union", "Manchukuo") and the other former states of ISO 3166-3.
 * Each is a place of its own, not the country that followed it ("Tsarist Russia forced the Qing court to
 * lease Lushun" names no present-day Russia).
 *
 * Source: ISO 3166-3 (formerly used country names) for the Soviet Union, East Germany, Czechoslovakia and
 * Yugoslavia; the English names historians give the empires and the leased territory.
 */
import type { Country } from './countries.js'

/** A former state: its usual English name and other forms. */
// biome-ignore format: packed data
export const formerStates: readonly Pick<Country, 'name' | 'aliases'>[] = [
  { name: 'Soviet Union', aliases: ['USSR', 'U.S.S.R.', 'the Soviet Union', 'the USSR'] },
  { name: 'Tsarist Russia', aliases: ['Czarist Russia', 'Imperial Russia', 'Russian Empire', 'the Russian Empire'] },
  { name: 'Imperial Japan', aliases: ['Empire of Japan', 'the Empire of Japan'] },
  { name: 'Nazi Germany', aliases: [] },
  { name: 'East Germany', aliases: ['German Democratic Republic', 'the German Democratic Republic'] },
  { name: 'West Germany', aliases: [] },
  { name: 'Prussia', aliases: [] },
  { name: 'Austria-Hungary', aliases: ['Austro-Hungarian Empire', 'the Austro-Hungarian Empire'] },
  { name: 'Ottoman Empire', aliases: ['the Ottoman Empire'] },
  { name: 'Czechoslovakia', aliases: [] },
  { name: 'Yugoslavia', aliases: [] },
  { name: 'Manchukuo', aliases: [] },
  { name: 'Kwantung Leased Territory', aliases: ['Kwantung Territory', 'Guandong Leased Territory'] },
]
