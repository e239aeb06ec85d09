/**
 * The programme itself: its yearly cycles, each cycle's themes and steering committee,
 * and the public pages that present the programme (home, privacy notice, accessibility
 * statement). Everything that varies by year belongs to a cycle; nothing here is
 * hard-coded.
 */
package hu.gyakorlattar.programme;
