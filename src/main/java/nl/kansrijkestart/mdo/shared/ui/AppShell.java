package nl.kansrijkestart.mdo.shared.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;

/** Page-wide settings: Lumo theme, our stylesheet, server push for live meetings. */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/mdo.css")
@Meta(name = "robots", content = "noindex, nofollow")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("MDO Kansrijke Start");
    }
}
