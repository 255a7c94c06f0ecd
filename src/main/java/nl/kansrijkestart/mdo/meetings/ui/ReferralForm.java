package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.cases.meetingaccess.ReferralCase;
import nl.kansrijkestart.mdo.meetings.Referral;
import nl.kansrijkestart.mdo.meetings.ReferralOptions;
import nl.kansrijkestart.mdo.meetings.ReferralService;
import nl.kansrijkestart.mdo.meetings.ReferralStatus;
import nl.kansrijkestart.mdo.offer.OfferSummary;
import nl.kansrijkestart.mdo.shared.InputRules;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.Dates;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * A new referral: a service of the offer in the case's municipality on the day (the meeting's, or
 * today), who refers, and whether it is only advised or referred right away. The services that
 * address the case's risk factors come first and are marked as suggested; the person chooses, the
 * list only helps.
 */
class ReferralForm extends HorizontalLayout {

    final Select<OfferSummary> offer = new Select<>();
    final Select<ReferralCase.Member> referrer = new Select<>();
    final RadioButtonGroup<ReferralStatus> status = new RadioButtonGroup<>();
    final Button save = new Button();
    private final Set<Long> suggested;

    /**
     * @param itemId the meeting's agenda item whose outcome it belongs to, or {@code null} on the case page
     * @param preselected the referrer chosen at first, if among the choices
     */
    ReferralForm(ReferralService service, String caseNumber, @Nullable Long itemId, String key,
            @Nullable Long preselected, Consumer<Referral> saved) {
        setId("referral-form-" + key);
        setWrap(true);
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        ReferralOptions options = service.options(caseNumber, itemId);
        suggested = options.offers().subList(0, options.suggested()).stream().map(OfferSummary::id)
                .collect(Collectors.toSet());
        offer.setLabel(getTranslation("referral.offer"));
        offer.setItems(options.offers());
        offer.setItemLabelGenerator(this::label);
        offer.setHelperText(getTranslation(options.suggested() > 0 ? "referral.offer.help"
                : "referral.offer.help-none", Dates.written(getLocale(), options.day())));
        offer.setId("referral-offer-" + key);
        referrer.setLabel(getTranslation("referral.referrer"));
        referrer.setItems(options.referrers());
        referrer.setItemLabelGenerator(member -> member == null ? ""
                : member.name() + " (" + getTranslation(member.discipline().messageKey()) + ")");
        options.referrers().stream().filter(member -> preselected != null && member.userId() == preselected)
                .findFirst().ifPresent(referrer::setValue);
        referrer.setId("referral-referrer-" + key);
        status.setLabel(getTranslation("referral.initial-status"));
        status.setItems(List.of(ReferralStatus.ADVISED, ReferralStatus.REFERRED));
        status.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        status.setValue(ReferralStatus.ADVISED);
        status.setId("referral-status-" + key);
        FieldErrors errors = new FieldErrors(this).bind("offer", offer).bind("referrer", referrer)
                .bind("status", status);
        save.setText(getTranslation("referral.add"));
        save.setIcon(VaadinIcon.PLUS.create());
        save.setId("add-referral-" + key);
        save.addClickListener(click -> {
            try {
                InputRules.check().required("offer", offer.getValue()).required("referrer", referrer.getValue())
                        .throwIfInvalid();
                Referral made = service.create(caseNumber, itemId, offer.getValue().id(),
                        referrer.getValue().userId(), status.getValue());
                errors.clear();
                Notification.show(getTranslation("referral.added", made.offerName()));
                saved.accept(made);
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        add(offer, referrer, status, save);
    }

    /** A suggestion says so in its name, so it does not rest on the order of the list alone. */
    private String label(@Nullable OfferSummary service) {
        if (service == null) {
            return "";
        }
        String label = service.name() + " (" + service.provider() + ")";
        return suggested.contains(service.id()) ? getTranslation("referral.offer.suggested", label) : label;
    }
}
