package nl.kansrijkestart.mdo.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.NetworkMemberDraft;
import nl.kansrijkestart.mdo.cases.NetworkMemberKind;
import nl.kansrijkestart.mdo.cases.NetworkRelation;
import nl.kansrijkestart.mdo.cases.NetworkService;
import nl.kansrijkestart.mdo.cases.TrustedProfessional;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * The network map of a case: the parents' informal circle (initials and relation only), external
 * professionals, and the professional the parent trusts most.
 */
class NetworkPanel extends VerticalLayout {

    private final NetworkService network;
    private final CaseEditing editing;
    final Grid<CaseDetails.NetworkMember> informal = new Grid<>();
    final Grid<CaseDetails.NetworkMember> professionals = new Grid<>();
    final TextField initials = new TextField();
    final Select<NetworkRelation> relation = new Select<>();
    final TextField name = new TextField();
    final TextField organisation = new TextField();
    final Select<Discipline> discipline = new Select<>();
    final Select<TrustedOption> trusted = new Select<>();
    private final FieldErrors informalErrors = new FieldErrors(this);
    private final FieldErrors professionalErrors = new FieldErrors(this);
    private final FieldErrors trustedErrors = new FieldErrors(this);
    private final Paragraph anonymousNote = new Paragraph();
    private @Nullable CaseDetails details;

    /** A choice in the trusted-professional picker. */
    record TrustedOption(TrustedProfessional target, String label) {}

    NetworkPanel(NetworkService network, CaseEditing editing) {
        this.network = network;
        this.editing = editing;
        configureInformal();
        configureProfessionals();
        trusted.setId("trusted-professional");
        trusted.setLabel(getTranslation("network.trusted"));
        trusted.setHelperText(getTranslation("network.trusted.help"));
        trusted.setItemLabelGenerator(o -> o == null ? getTranslation("network.trusted.none") : o.label());
        trusted.setEmptySelectionAllowed(true);
        trusted.setWidth("28rem");
        trustedErrors.bind("trusted", trusted);
        Button saveTrusted = new Button(getTranslation("network.trusted.save"), click -> markTrusted());
        saveTrusted.setId("save-trusted");
        Paragraph informalHelp = new Paragraph(getTranslation("network.informal.help"));
        informalHelp.addClassName("form-hint");
        anonymousNote.setText(getTranslation("network.anonymous-case"));
        add(anonymousNote, new H3(getTranslation("network.informal")), informalHelp, informal,
                row(initials, relation, button("add-informal", this::addInformal)),
                new H3(getTranslation("network.professionals")), professionals,
                row(name, organisation, discipline, button("add-professional", this::addProfessional)),
                new H3(getTranslation("network.trusted")), row(trusted, saveTrusted));
    }

    private void configureInformal() {
        informal.setId("informal-network");
        informal.addColumn(CaseDetails.NetworkMember::initials).setHeader(getTranslation("network.initials"));
        informal.addColumn(m -> getTranslation(m.relation().messageKey())).setHeader(getTranslation("network.relation"));
        informal.addColumn(CaseDetails.NetworkMember::addedBy).setHeader(getTranslation("network.added-by"));
        informal.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);
        informal.setAllRowsVisible(true);
        initials.setId("network-initials");
        initials.setLabel(getTranslation("network.initials"));
        initials.setMaxLength(10);
        relation.setId("network-relation");
        relation.setLabel(getTranslation("network.relation"));
        relation.setItems(NetworkRelation.values());
        relation.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.messageKey()));
        informalErrors.bind("initials", initials).bind("relation", relation);
    }

    private void configureProfessionals() {
        professionals.setId("network-professionals");
        professionals.addColumn(CaseDetails.NetworkMember::name).setHeader(getTranslation("network.name"));
        professionals.addColumn(CaseDetails.NetworkMember::organisation).setHeader(getTranslation("network.organisation"));
        professionals.addColumn(m -> getTranslation(m.discipline().messageKey())).setHeader(getTranslation("network.discipline"));
        professionals.addComponentColumn(this::trustedBadge).setAutoWidth(true);
        professionals.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);
        professionals.setAllRowsVisible(true);
        name.setId("network-name");
        name.setLabel(getTranslation("network.name"));
        name.setMaxLength(100);
        organisation.setId("network-organisation");
        organisation.setLabel(getTranslation("network.organisation"));
        organisation.setMaxLength(120);
        discipline.setId("network-discipline");
        discipline.setLabel(getTranslation("network.discipline"));
        discipline.setItems(Discipline.values());
        discipline.setItemLabelGenerator(d -> d == null ? "" : getTranslation(d.messageKey()));
        professionalErrors.bind("name", name).bind("organisation", organisation).bind("discipline", discipline);
    }

    private static HorizontalLayout row(Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Button button(String id, Runnable action) {
        Button button = new Button(getTranslation("network.add"), click -> action.run());
        button.setId(id);
        return button;
    }

    void show(CaseDetails shown) {
        details = shown;
        informal.setItems(shown.network().stream().filter(m -> m.kind() == NetworkMemberKind.INFORMAL).toList());
        professionals.setItems(shown.network().stream()
                .filter(m -> m.kind() == NetworkMemberKind.EXTERNAL_PROFESSIONAL).toList());
        List<TrustedOption> options = new ArrayList<>();
        shown.careTeam().forEach(m -> options.add(new TrustedOption(new TrustedProfessional.CareTeamUser(m.userId()),
                getTranslation("network.trusted.care-team", m.name()))));
        shown.network().stream().filter(m -> m.kind() == NetworkMemberKind.EXTERNAL_PROFESSIONAL)
                .forEach(m -> options.add(new TrustedOption(new TrustedProfessional.ExternalProfessional(m.id()),
                        getTranslation("network.trusted.external", m.name(), m.organisation()))));
        trusted.setItems(options);
        trusted.setValue(options.stream().filter(o -> o.target().equals(shown.trustedProfessional()))
                .findFirst().orElse(null));
        List.of(initials, name, organisation).forEach(TextField::clear);
        relation.clear();
        discipline.clear();
        List.of(informalErrors, professionalErrors, trustedErrors).forEach(FieldErrors::clear);
        anonymousNote.setVisible(shown.anonymous());
        setEnabled(!shown.anonymous() && !shown.erased());
    }

    private Span trustedBadge(CaseDetails.NetworkMember member) {
        Span badge = new Span(member.trusted() ? getTranslation("network.trusted.badge") : "");
        if (member.trusted()) {
            badge.addClassName("trusted-badge");
        }
        return badge;
    }

    private Button removeButton(CaseDetails.NetworkMember member) {
        Button remove = new Button(getTranslation("network.remove"), click -> change(professionalErrors,
                () -> network.remove(details.caseNumber(), details.version(), member.id())));
        remove.setId("remove-network-member-" + member.id());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return remove;
    }

    private void addInformal() {
        change(informalErrors, () -> network.add(details.caseNumber(), details.version(),
                NetworkMemberDraft.informal(initials.getValue(), relation.getValue())));
    }

    private void addProfessional() {
        change(professionalErrors, () -> network.add(details.caseNumber(), details.version(),
                NetworkMemberDraft.professional(name.getValue(), organisation.getValue(), discipline.getValue())));
    }

    private void markTrusted() {
        TrustedOption chosen = trusted.getValue();
        change(trustedErrors, () -> network.markTrusted(details.caseNumber(), details.version(),
                chosen == null ? null : chosen.target()));
    }

    /** Runs a change; a refusal is shown at the fields of the form it came from, which keep their values. */
    private void change(FieldErrors errors, Supplier<CaseDetails> action) {
        if (details == null) {
            return;
        }
        editing.apply(this, action, errors::show);
    }
}
