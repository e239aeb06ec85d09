/**
 * The transfer ledger: a municipality taking up a published practice ("Mi is átvesszük")
 * is tracked from considering through adapting to running, or stopped with its reason;
 * its plan and contact, the origin's answer and a mentor at the origin who consented; the
 * check-ins 6 and 12 months on (rows with due times, mailed through the outbox, answered
 * through a personal link) with the outcome indicators the practice's owners define; the
 * section of the practice's page that shows where it has been taken up, and the transfers
 * as open data ({@code /api/adoptions}).
 */
@NullMarked
package hu.gyakorlattar.transfer;

import org.jspecify.annotations.NullMarked;
