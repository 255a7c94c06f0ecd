package nl.kansrijkestart.mdo.offer.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import nl.kansrijkestart.mdo.offer.WegwijzerPdf;
import nl.kansrijkestart.mdo.reference.MunicipalitySummary;
import org.jspecify.annotations.Nullable;

/**
 * Choose a municipality, download its wegwijzer for parents (PDF). The download is logged as an
 * export by the offer module's service.
 */
class WegwijzerDownload extends HorizontalLayout {

    final ComboBox<MunicipalitySummary> municipality = new ComboBox<>();
    final Anchor download;
    private final WegwijzerPdf pdf;
    private final Locale locale;
    /** Read by the download, which runs outside the UI lock. */
    private volatile @Nullable String chosenCode;

    WegwijzerDownload(WegwijzerPdf pdf, List<MunicipalitySummary> municipalities) {
        this.pdf = pdf;
        this.locale = getLocale();
        setId("wegwijzer-download");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        municipality.setId("wegwijzer-municipality");
        municipality.setLabel(getTranslation("wegwijzer.municipality"));
        municipality.setItems(municipalities.stream().filter(MunicipalitySummary::active).toList());
        municipality.setItemLabelGenerator(MunicipalitySummary::label);
        download = new Anchor(this::download, getTranslation("wegwijzer.download"));
        download.setId("wegwijzer-pdf");
        // Hidden, not disabled, until a municipality is chosen: a greyed-out link is too faint to read.
        download.setVisible(false);
        municipality.addValueChangeListener(chosen -> {
            chosenCode = chosen.getValue() == null ? null : chosen.getValue().code();
            download.setVisible(chosenCode != null);
        });
        add(municipality, download);
    }

    private void download(DownloadEvent event) throws IOException {
        String code = chosenCode;
        if (code == null) {
            return;
        }
        event.setFileName(WegwijzerPdf.fileName(code));
        event.setContentType("application/pdf");
        try (OutputStream out = event.getOutputStream()) {
            pdf.municipal(code, locale, out);
        }
    }
}
