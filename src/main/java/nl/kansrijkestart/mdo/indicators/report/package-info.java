/**
 * The regional indicator report: editions per region or municipality and range of years, one
 * chapter per indicator read from the same protected tables as the feed, with imported history,
 * the coordinator's commentary, publication (frozen figures) and the PDF. A named interface of the
 * indicators module: the REST API offers the editions to systems as the screens offer them to people.
 */
@NamedInterface("report")
@NullMarked
package nl.kansrijkestart.mdo.indicators.report;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
