import { z } from 'zod'
import { DatePrecision, EventKind } from '../../shared/model/event'

/** One event in resources/seed/events.json, as shipped (snake_case kept from the domain file). */
export const SeedEvent = z.object({
  id: z.string(),
  date: z.string(),
  date_precision: DatePrecision,
  end_date: z.string().optional(),
  end_date_precision: DatePrecision.optional(),
  title: z.string(),
  summary: z.string(),
  actors: z.array(z.string()),
  places: z.array(z.string()),
  topics: z.array(z.string()).optional(),
  essay_sections: z.array(z.string()),
  kind: EventKind,
  sources: z.array(z.string()),
  uncertain: z.boolean().optional(),
  source_checked: z.boolean(),
  note: z.string().optional(),
})
export type SeedEvent = z.infer<typeof SeedEvent>
export const SeedEvents = z.array(SeedEvent)
