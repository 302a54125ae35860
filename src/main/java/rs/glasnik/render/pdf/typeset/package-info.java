/**
 * glasnik's typesetting engine for the PDF: a resolved document set as a flow of lines, pictures
 * and rules ({@link rs.glasnik.render.pdf.typeset.Typesetter}), paragraphs broken into lines after
 * Knuth and Plass with hyphenation ({@link rs.glasnik.render.pdf.typeset.Paragraphs}, {@link
 * rs.glasnik.render.pdf.typeset.Hyphenation}), the flow put on pages without widows or orphans
 * ({@link rs.glasnik.render.pdf.typeset.Pages}), and two texts side by side ({@link
 * rs.glasnik.render.pdf.typeset.Columns}).
 *
 * <p>The engine knows no PDF library: it measures through {@link
 * rs.glasnik.render.pdf.typeset.Typeface}, draws through {@link
 * rs.glasnik.render.pdf.typeset.Canvas} and reads images through {@link
 * rs.glasnik.render.pdf.typeset.Graphic.Reader}; {@code rs.glasnik.render.pdf} implements them with
 * OpenPDF and writes the file. ArchUnit holds it to that.
 */
package rs.glasnik.render.pdf.typeset;
