"""Word lists for believable German and English demo books."""

from __future__ import annotations

GERMAN_FIRST = (
    "Anna", "Lukas", "Sophie", "Jonas", "Marie", "Felix", "Lea", "Maximilian", "Hannah", "Paul",
    "Julia", "Tobias", "Katrin", "Stefan", "Sabine", "Jürgen", "Birgit", "Uwe", "Petra", "Matthias",
    "Andrea", "Thomas", "Claudia", "Michael", "Susanne", "Björn", "Jörg", "Heike", "Günther", "Käthe",
)  # fmt: skip
GERMAN_LAST = (
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
    "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
    "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner",
    "Krause", "Meier", "Lehmann", "Köhler", "Groß", "Jäger", "Öztürk", "Yılmaz", "Nowak",
)  # fmt: skip
ENGLISH_FIRST = (
    "Oliver", "Emma", "James", "Olivia", "William", "Ava", "Henry", "Mia", "George", "Grace",
    "Jack", "Chloe", "Harry", "Lily", "Noah", "Ella", "Thomas", "Ruby", "Daniel", "Isla",
)  # fmt: skip
ENGLISH_LAST = (
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
    "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Clarke",
    "Miller", "Muller", "Hughes", "Edwards", "Turner",
)  # fmt: skip

GERMAN_TRADES = (
    "Haustechnik", "Elektro", "Bäckerei", "Metallbau", "Autohaus", "Gartenbau", "Steuerberatung",
    "Zahnarztpraxis", "Druckerei", "Schreinerei", "Apotheke", "Hotel", "Brauerei", "Logistik",
    "Maschinenbau", "Reisebüro", "Fliesen", "Optik", "Blumen", "Weinhandel",
)  # fmt: skip
GERMAN_FORMS = ("GmbH", "GmbH & Co. KG", "KG", "e.K.", "AG", "OHG")
ENGLISH_TRADES = (
    "Supplies", "Engineering", "Dental Care", "Print Works", "Logistics", "Bakery", "Motors",
    "Garden Centre", "Accountancy", "Joinery", "Pharmacy", "Hotels", "Brewing", "Opticians",
)  # fmt: skip
ENGLISH_FORMS = ("Ltd", "Ltd", "LLP", "& Sons", "Group", "plc")

# (city, postal code prefix, country, latitude, longitude, phone area code, street words)
GERMAN_CITIES = (
    ("Berlin", "10", "DE", 52.52, 13.40, "30"),
    ("Hamburg", "20", "DE", 53.55, 9.99, "40"),
    ("München", "80", "DE", 48.14, 11.58, "89"),
    ("Köln", "50", "DE", 50.94, 6.96, "221"),
    ("Frankfurt am Main", "60", "DE", 50.11, 8.68, "69"),
    ("Stuttgart", "70", "DE", 48.78, 9.18, "711"),
    ("Düsseldorf", "40", "DE", 51.23, 6.78, "211"),
    ("Leipzig", "04", "DE", 51.34, 12.37, "341"),
    ("Nürnberg", "90", "DE", 49.45, 11.08, "911"),
    ("Würzburg", "97", "DE", 49.79, 9.95, "931"),
)
ENGLISH_CITIES = (
    ("London", "EC1", "GB", 51.51, -0.13, "20"),
    ("Manchester", "M1", "GB", 53.48, -2.24, "161"),
    ("Bristol", "BS1", "GB", 51.45, -2.59, "117"),
    ("Leeds", "LS1", "GB", 53.80, -1.55, "113"),
)
GERMAN_STREETS = (
    "Hauptstraße", "Schulstraße", "Bahnhofstraße", "Gartenweg", "Lindenallee", "Am Markt",
    "Goethestraße", "Mühlweg", "Kirchplatz", "Industriestraße", "Königsallee", "Brückenstraße",
)  # fmt: skip
ENGLISH_STREETS = (
    "High Street", "Station Road", "Church Lane", "Park Avenue", "Mill Road", "Victoria Street",
    "King's Road", "Market Square",
)  # fmt: skip

SOURCES = ("referral", "website", "trade fair", "cold list", "walk-in", "partner", "event")
TAGS = ("vip", "newsletter", "trade-fair-2026", "service-contract", "price-sensitive", "decider")

GERMAN_NOTES = (
    "Rückruf nach der Mittagspause gewünscht.",
    "Interessiert an der neuen Serie, Angebot bis Freitag.",
    "Chef ist im Urlaub, nächste Woche noch einmal versuchen.",
    "Hat Katalog bekommen, möchte Muster sehen.",
    "Budget erst im nächsten Quartal frei.",
    "Sehr zufrieden mit der letzten Lieferung, empfiehlt uns weiter.",
    "Termin vor Ort vereinbart, Parkplatz im Hof.",
    "Preisliste per Mail geschickt.",
    "Wartungsvertrag läuft im Frühjahr aus.",
    "Kennt Herrn Bauer von der Innung – Empfehlung möglich.",
)
ENGLISH_NOTES = (
    "Asked to call back after lunch.",
    "Keen on the new range, send a quote by Friday.",
    "Owner on holiday, try again next week.",
    "Left the brochure, wants to see samples.",
    "Budget only frees up next quarter.",
    "Very happy with the last delivery, happy to refer us.",
    "Site visit booked, park in the yard.",
    "Emailed the price list.",
    "Service contract ends in spring.",
    "Knows the owner of Green Joinery - possible referral.",
)
DEAL_TITLES_DE = ("Erstausstattung", "Wartungsvertrag", "Nachbestellung", "Umbau", "Jahresvertrag")
DEAL_TITLES_EN = (
    "Initial fit-out",
    "Service contract",
    "Reorder",
    "Refurbishment",
    "Annual supply",
)
LOST_REASONS = ("price", "went with competitor", "no budget", "timing", "no decision")
PARK_REASONS = ("budget next year", "moving offices", "on parental leave", "after the trade fair")
