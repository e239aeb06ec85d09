/**
 * The living knowledge base: good-practice records with their owner municipalities,
 * themes, tags, award level, attachments and links, edited by the programme office as
 * drafts and published at stable addresses, every change kept as a revision, each with an
 * optional English version (missing, machine-drafted or reviewed) and an English case
 * study for the European good-practice databases; the Hungarian-aware full-text search
 * (Hunspell roots and compound parts, spelling suggestions, the office's thesaurus), and
 * an English one over the English versions, with facets and similar practices behind the
 * public pages, the JSON API and the open-data export. Other modules add sections to a
 * practice's page through {@link hu.gyakorlattar.practice.PracticePageSection}.
 */
@NullMarked
package hu.gyakorlattar.practice;

import org.jspecify.annotations.NullMarked;
