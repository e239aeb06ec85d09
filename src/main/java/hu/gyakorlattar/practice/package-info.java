/**
 * The living knowledge base: good-practice records with their owner municipalities,
 * themes, tags, award level, attachments and links, edited by the programme office as
 * drafts and published at stable addresses, every change kept as a revision; the
 * Hungarian-aware full-text search (Hunspell roots and compound parts, spelling
 * suggestions, the office's thesaurus) with facets and similar practices behind the
 * public pages, the JSON API and the open-data export. Other modules add sections to a
 * practice's page through {@link hu.gyakorlattar.practice.PracticePageSection}.
 */
package hu.gyakorlattar.practice;
