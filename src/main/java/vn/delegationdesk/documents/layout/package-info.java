/**
 * A format-neutral description of a printed document: page setup, the Nghị định 30/2020 header, and a flow
 * of paragraphs, tables, closing blocks and page breaks. The document builders produce it; {@code documents.pdf}
 * writes it with iText and {@code documents.docx} with POI, so a plan in PDF and in Word say the same thing.
 * No framework type appears here.
 */
package vn.delegationdesk.documents.layout;
