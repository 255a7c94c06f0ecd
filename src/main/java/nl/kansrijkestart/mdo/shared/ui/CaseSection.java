package nl.kansrijkestart.mdo.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A tab that another module adds to the case page for what it keeps about the case (the meetings
 * module: the case's referrals), since the cases module knows none of the modules that build on
 * it. The content gets the case number and reads through its own module's services as the
 * signed-in user, with their checks. The tabs follow the case's own tabs by {@link #order()},
 * lowest first; {@link #key()} names the tab in the page's address ({@code casussen/N?tab=key}),
 * so other pages can link to it.
 */
public interface CaseSection {

    /** The query parameter of the case page that opens a tab. */
    String TAB_PARAMETER = "tab";

    int order();

    /** The tab's name in the address: lower case, no spaces. */
    String key();

    String titleKey();

    /** The tab's content for one case; made when the page shows the case. */
    Component create(String caseNumber);

    /** The address of the case page opened on this tab. */
    default String address(String caseNumber) {
        return "casussen/" + caseNumber + "?" + TAB_PARAMETER + "=" + key();
    }
}
