package nl.kansrijkestart.mdo.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.kansrijkestart.mdo.audit.AuditEntryView;
import nl.kansrijkestart.mdo.audit.AuditLogService;
import nl.kansrijkestart.mdo.audit.AuditQuery;
import org.jspecify.annotations.Nullable;

/** The access log for the application manager: filter it, read it page by page, download it as CSV. */
@Route("beheer/logboek")
@RolesAllowed("ADMIN")
@Menu(order = 95, title = "menu.audit", icon = "vaadin:clipboard-text")
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final AuditLogService auditLog;
    private final Clock clock;
    final AuditFilters filters;
    private final Grid<AuditEntryView> grid = new Grid<>();
    /** The download runs outside the UI's lock, so it reads the filter from here, not from the fields. */
    private volatile AuditQuery query = AuditQuery.all();

    AuditLogView(AuditLogService auditLog, Clock clock) {
        this.auditLog = auditLog;
        this.clock = clock;
        addClassName("admin-view");
        filters = new AuditFilters(this::filterChanged);
        Anchor export = new Anchor(this::download, getTranslation("audit.export"));
        export.setId("audit-export");
        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), filters, export,
                grid());
    }

    private Grid<AuditEntryView> grid() {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(clock.getZone());
        grid.setId("audit-entries");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(entry -> when.format(entry.occurredAt())).setHeader(getTranslation("audit.occurred-at"))
                .setAutoWidth(true);
        column(AuditEntryView::username, "audit.username");
        column(AuditEntryView::roles, "audit.roles");
        column(AuditEntryView::discipline, "audit.discipline");
        column(AuditEntryView::organisation, "audit.organisation");
        column(AuditEntryView::onBehalfOf, "audit.on-behalf-of");
        column(AuditEntryView::caseNumber, "audit.case-number");
        column(entry -> getTranslation("audit.action." + entry.action().name()), "audit.action");
        column(AuditEntryView::object, "audit.object");
        column(entry -> getTranslation("audit.outcome." + entry.outcome().name()), "audit.outcome");
        column(entry -> String.join(", ", entry.checks()), "audit.checks");
        column(AuditEntryView::detail, "audit.detail");
        grid.setItems(page -> auditLog.find(query, VaadinSpringDataHelpers.toSpringPageRequest(page)).stream(),
                page -> auditLog.count(query));
        grid.setSizeFull();
        return grid;
    }

    private void column(ValueProvider<AuditEntryView, @Nullable String> value, String key) {
        grid.addColumn(value).setHeader(getTranslation(key)).setAutoWidth(true).setResizable(true);
    }

    private void filterChanged() {
        query = filters.query();
        grid.getDataProvider().refreshAll();
    }

    private void download(DownloadEvent event) throws IOException {
        event.setFileName("logboek-" + LocalDate.now(clock) + ".csv");
        event.setContentType("text/csv;charset=UTF-8");
        try (OutputStream out = event.getOutputStream()) {
            auditLog.exportCsv(query, out);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
