package nl.kansrijkestart.mdo.shared;

/**
 * One module's part of the demo data. {@link DemoDataLock} runs every loader at start-up, in the
 * order of their {@code @Order}, inside one cluster-wide lock, and only with
 * {@code mdo.demo-data.enabled}. A loader leaves data that is already there as it is.
 */
public interface DemoDataLoader {

    void load();
}
