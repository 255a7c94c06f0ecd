-- The coalition of Gelderland-Midden: 15 municipalities, the region and its sub-regions.
-- A municipality is a direct member of the most specific region it belongs to; a region
-- includes the municipalities of its sub-regions.
INSERT INTO municipality (code, name) VALUES
    ('GM0202', 'Arnhem'),
    ('GM0203', 'Barneveld'),
    ('GM0221', 'Doesburg'),
    ('GM0226', 'Duiven'),
    ('GM0228', 'Ede'),
    ('GM0267', 'Nijkerk'),
    ('GM0274', 'Renkum'),
    ('GM0275', 'Rheden'),
    ('GM0277', 'Rozendaal'),
    ('GM0279', 'Scherpenzeel'),
    ('GM0289', 'Wageningen'),
    ('GM0293', 'Westervoort'),
    ('GM0299', 'Zevenaar'),
    ('GM1705', 'Lingewaard'),
    ('GM1734', 'Overbetuwe');

INSERT INTO region (code, name) VALUES ('GELDERLAND-MIDDEN', 'Gelderland-Midden');

INSERT INTO region (code, name, parent_id)
    SELECT 'OOST', 'Oost', id FROM region WHERE code = 'GELDERLAND-MIDDEN';

INSERT INTO region (code, name, parent_id)
    SELECT 'GELDERSE-VALLEI', 'Gelderse Vallei', id FROM region WHERE code = 'GELDERLAND-MIDDEN';

INSERT INTO region_municipality (region_id, municipality_id)
    SELECT r.id, m.id FROM region r, municipality m
    WHERE r.code = 'OOST' AND m.code IN ('GM0221', 'GM0275', 'GM0277', 'GM0226', 'GM0293', 'GM0299');

INSERT INTO region_municipality (region_id, municipality_id)
    SELECT r.id, m.id FROM region r, municipality m
    WHERE r.code = 'GELDERSE-VALLEI' AND m.code IN ('GM0203', 'GM0228', 'GM0267', 'GM0279', 'GM0289');

INSERT INTO region_municipality (region_id, municipality_id)
    SELECT r.id, m.id FROM region r, municipality m
    WHERE r.code = 'GELDERLAND-MIDDEN' AND m.code IN ('GM0202', 'GM0274', 'GM1705', 'GM1734');
