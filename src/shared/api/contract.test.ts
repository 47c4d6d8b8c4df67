import { describe, expect, it } from 'vitest'
import { contract } from './contract'
import { eventContract } from './events'
import { EVENT_NAMES, METHOD_NAMES } from './methods'

describe('contract', () => {
  it('lists the same method names for the preload as the contract defines', () => {
    expect([...METHOD_NAMES].sort()).toEqual(Object.keys(contract).sort())
  })

  it('lists the same event names for the preload as the event contract defines', () => {
    expect([...EVENT_NAMES].sort()).toEqual(Object.keys(eventContract).sort())
  })

  it('names every method domain.verb', () => {
    for (const name of Object.keys(contract)) expect(name).toMatch(/^[a-z]+\.[a-z][A-Za-z]*$/)
  })
})
