/**
 * The English starter pack, for firms with English-speaking customers. English has no Sie/du, so
 * there is one variant: polite but not stiff, signed with {Company}.
 *
 * Custom fields used (the picker asks for them): Appointment, New Appointment, Arrival,
 * Order Number, Invoice Number, Amount, Away Until, Emergency Number, Meeting Point, Site.
 * Keep PACK_CUSTOM_FIELDS_EN in step.
 */
import type { PackEntry } from './pack-entry.ts';

export const PACK_CUSTOM_FIELDS_EN = [
  'Appointment',
  'New Appointment',
  'Arrival',
  'Order Number',
  'Invoice Number',
  'Amount',
  'Away Until',
  'Emergency Number',
  'Meeting Point',
  'Site',
] as const;

const SIGNATURE = '\n\nBest regards\n{Company}';

export const PACK_EN: readonly PackEntry[] = [
  {
    key: 'appointment-confirmed',
    title: 'Appointment confirmed',
    body: 'Hello {Name},\n\nwe are happy to confirm your appointment on {Appointment}. Please make sure we can get to the work area easily.' + SIGNATURE,
    tags: ['Appointment'],
    shortcut: 'appointment',
  },
  {
    key: 'appointment-reminder',
    title: 'Reminder: appointment tomorrow',
    body: 'Hello {Name},\n\na quick reminder: as agreed, we will be with you tomorrow, {Tomorrow}, at around {Arrival}.' + SIGNATURE,
    tags: ['Appointment', 'Reminder'],
    shortcut: 'tomorrow',
  },
  {
    key: 'appointment-moved',
    title: 'Appointment moved',
    body: 'Hello {Name},\n\nunfortunately we have to move your appointment – we are sorry for the inconvenience. Would {New Appointment} suit you? If not, we will gladly find another day.' + SIGNATURE,
    tags: ['Appointment'],
    shortcut: 'reschedule',
  },
  {
    key: 'quote-follows',
    title: 'Quote to follow',
    body: 'Hello {Name},\n\nthank you for your enquiry. We are working out the details and will email you our quote within the next few days. Any questions, just let us know.' + SIGNATURE,
    tags: ['Quote'],
    shortcut: 'quote',
  },
  {
    key: 'on-the-way',
    title: 'On our way',
    body: 'Hello {Name},\n\nwe left at {Time} and expect to be with you at around {Arrival}.' + SIGNATURE,
    tags: ['Appointment', 'Arrival'],
    shortcut: 'onmyway',
  },
  {
    key: 'send-photos',
    title: 'Please send photos',
    body: 'Hello {Name},\n\nso we can come prepared, could you send us a few photos – one close up and one from a little further away? A tape measure in the picture helps with the dimensions.\n\nThank you!',
    tags: ['Enquiry', 'Photos'],
    shortcut: 'photos',
  },
  {
    key: 'material-ordered',
    title: 'Material ordered',
    body: 'Hello {Name},\n\njust to let you know: the material for your order {Order Number} has been ordered. As soon as it arrives, we will be in touch about the appointment.' + SIGNATURE,
    tags: ['Material', 'Order'],
    shortcut: 'ordered',
  },
  {
    key: 'invoice-sent',
    title: 'Invoice sent',
    body: 'Hello {Name},\n\nwe emailed you invoice {Invoice Number} for {Amount} today ({Date}). Thank you for your business!' + SIGNATURE,
    tags: ['Invoice'],
    shortcut: 'invoice',
  },
  {
    key: 'payment-reminder',
    title: 'Payment reminder (friendly)',
    body: 'Hello {Name},\n\nthis has probably just slipped through: our invoice {Invoice Number} for {Amount} is still open. We would appreciate payment within the next few days. If you have already paid, please disregard this message.' + SIGNATURE,
    tags: ['Invoice', 'Payment'],
    shortcut: 'payment',
  },
  {
    key: 'away',
    title: 'Closed / away',
    // No name: an away message goes to whoever writes, including numbers not in the phone book.
    body: 'Hello,\n\nthank you for your message. We are closed up to and including {Away Until} and will get back to you as soon as possible after that. For emergencies, please call our emergency service on {Emergency Number}.' + SIGNATURE,
    tags: ['Away', 'Holiday'],
    shortcut: 'away',
  },
  {
    key: 'thanks-for-order',
    title: 'Thank you for your order',
    body: 'Hello {Name},\n\nmany thanks for your order! We have filed it under number {Order Number} and will be in touch about the appointment.' + SIGNATURE,
    tags: ['Order'],
    shortcut: 'thanks',
  },
  {
    key: 'crew-tomorrow',
    title: 'Crew: job tomorrow',
    body: 'Morning all,\n\ntomorrow ({Tomorrow}) we are at {Site}. Meeting point: {Meeting Point}. Safety boots and helmets, please.',
    tags: ['Crew', 'Site'],
    shortcut: 'crew-tomorrow',
  },
];
