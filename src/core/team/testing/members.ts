import { afterEach } from 'vitest'
import { laptop, type Laptop } from '../../sync/testing/laptop'

/** A factory of test laptops that are all closed after each test. */
export function laptopsClosedAfterEach(): () => Laptop {
  const open: Laptop[] = []
  afterEach(async () => {
    await Promise.all(open.splice(0).map((l) => l.dispose()))
  })
  return () => {
    const l = laptop()
    open.push(l)
    return l
  }
}
