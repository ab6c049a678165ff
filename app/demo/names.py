"""Danish names and street names to draw demo people and places from."""

from __future__ import annotations

import random

FIRST_NAMES = (
    "Emma", "Ida", "Clara", "Freja", "Alma", "Ella", "Sofia", "Anna", "Laura", "Karla",
    "Agnes", "Josefine", "Mathilde", "Nora", "Olivia", "Liva", "Maja", "Signe", "Caroline",
    "Sara", "Amira", "Fatima", "Zainab", "Mille", "Cecilie", "Julie", "Nanna", "Mia",
    "William", "Noah", "Oscar", "Lucas", "Carl", "Victor", "Malthe", "Emil", "Alfred",
    "Oliver", "Magnus", "Frederik", "Aksel", "August", "Elias", "Mikkel", "Tobias",
    "Jonas", "Mads", "Rasmus", "Kasper", "Sebastian", "Mohammed", "Omar", "Yusuf",
    "Adam", "Ali", "Milas", "Anton", "Villads",
)  # fmt: skip

SURNAMES = (
    "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
    "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
    "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen",
    "Jakobsen", "Mikkelsen", "Frederiksen", "Lund", "Holm", "Schmidt", "Eriksen",
    "Kristiansen", "Simonsen", "Clausen", "Svendsen", "Andreasen", "Iversen", "Østergaard",
    "Jeppesen", "Vestergaard", "Nissen", "Lauridsen", "Kjær", "Dam", "Bach", "Mogensen",
    "Ahmed", "Hussein", "Yilmaz", "Ali", "Nowak", "Kaya",
)  # fmt: skip

STREETS = (
    "Havnegade", "Skolevej", "Kirkegade", "Møllevej", "Stationsvej", "Strandvejen",
    "Bøgevej", "Egevej", "Engvej", "Fjordvej", "Vestergade", "Østergade", "Nørregade",
    "Søndergade", "Industrivej", "Markvej", "Lærkevej", "Rosenvej", "Skovbrynet", "Bakkevej",
)  # fmt: skip

# Kinds of firms that take young people in internships; {name} is a surname.
FIRM_PATTERNS = (
    "Malerfirmaet {name}", "{name}s Bageri", "{name} Auto ApS", "Tømrerfirmaet {name}",
    "Café {name}", "{name} El-service", "Frisør {name}", "{name} VVS ApS",
    "{name} Rengøring", "{name}s Supermarked", "Gartneriet {name}", "{name} Transport",
)  # fmt: skip


def person_name(rng: random.Random) -> str:
    """A first name and a surname, now and then two surnames as many Danes have."""
    surnames = rng.sample(SURNAMES, 2 if rng.random() < 0.2 else 1)
    return " ".join([rng.choice(FIRST_NAMES), *surnames])


def street_address(rng: random.Random) -> str:
    return f"{rng.choice(STREETS)} {rng.randint(1, 120)}"
