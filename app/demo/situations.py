"""Templates for the generated young people: who helps them, what they meet about,
what their plan says and which cases they have, one template per kind of situation.

The texts are what a young person reads, so they say "du" and keep sentences short.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.demo.fjordby import (
    FGU_SCHOOL,
    GYMNASIUM,
    JOBCENTRE,
    VOCATIONAL_SCHOOL,
    StaffFamily,
)
from app.demo.story import Situation
from app.model import GoalHorizon, PlanArea, RelationRole
from app.reference.kle import is_kle_number

ALL_AGES = range(15, 25)
ADULTS = range(18, 25)
# A meeting venue or attached organisation that is the young person's internship place.
INTERNSHIP_PLACE = "praktikstedet"

_JOBCENTRE_YOUTH_TEAM = "Ungeteamet, Jobcenter Fjordby"
_YOUTH_EFFORT = "Ungeindsatsen Fjordby"


@dataclass(frozen=True)
class Helper:
    """A staff member from `family` attached in the family's role; the first is primary."""

    family: StaffFamily
    description: str
    chance: float = 1.0
    ages: range = ALL_AGES


@dataclass(frozen=True)
class Attachment:
    """An organisation attached to the young person."""

    role: RelationRole
    organisation: str
    description: str


@dataclass(frozen=True)
class MeetingTemplate:
    """`venue` is an organisation key; None means the organiser's own organisation."""

    title: str
    purpose: str
    agenda: str
    preparation: str
    organiser: StaffFamily
    room: str
    minutes: int
    can_be_online: bool = False
    venue: str | None = None


@dataclass(frozen=True)
class GoalTemplate:
    horizon: GoalHorizon
    title: str
    description: str


@dataclass(frozen=True)
class ActivityTemplate:
    """`responsible` is a staff family, or None when the young person does it."""

    title: str
    description: str
    goal: int
    responsible: StaffFamily | None = None


@dataclass(frozen=True)
class PlanTemplate:
    """A plan; `needs` is a family that must be on the team for the plan to exist."""

    area: PlanArea
    title: str
    owner: StaffFamily
    goals: tuple[GoalTemplate, GoalTemplate]
    activities: tuple[ActivityTemplate, ...]
    summaries: tuple[str, ...]
    needs: StaffFamily | None = None


@dataclass(frozen=True)
class CaseTemplate:
    kle_number: str
    title: str
    responsible_unit: str
    needs: StaffFamily | None = None
    ages: range = ALL_AGES

    def __post_init__(self) -> None:
        if not is_kle_number(self.kle_number):
            raise ValueError(f"{self.kle_number} is not in the KLE list")


@dataclass(frozen=True)
class DeadlineTemplate:
    """A deadline; it belongs to the young person's case with `kle_number`, if they have one."""

    title: str
    description: str
    kle_number: str | None = None


@dataclass(frozen=True)
class SituationTemplate:
    situation: Situation
    weight: int
    ages: range
    helpers: tuple[Helper, ...]
    attachments: tuple[Attachment, ...]
    meetings: tuple[MeetingTemplate, ...]
    plans: tuple[PlanTemplate, ...]
    cases: tuple[CaseTemplate, ...]
    deadlines: tuple[DeadlineTemplate, ...]


_CONTACT_PERSON = CaseTemplate("17.27.30", "Din kontaktperson i Ungeindsatsen", _YOUTH_EFFORT)
_GUIDANCE = CaseTemplate("17.27.21", "Vejledning om uddannelse og job", _YOUTH_EFFORT)
_YOUTH_ALLOWANCE = CaseTemplate(
    "15.62.15", "Uddannelseshjælp", _JOBCENTRE_YOUTH_TEAM, needs=StaffFamily.JOB_CASEWORKERS
)
_MY_PLAN = CaseTemplate("15.20.01", "Min Plan", _JOBCENTRE_YOUTH_TEAM)

_GUIDE_FOLLOW_UP = MeetingTemplate(
    title="Opfølgning med din vejleder",
    purpose="Vi ser på, om det går bedre i skolen.",
    agenda="1. Siden sidst\n2. Dit skema\n3. Næste skridt",
    preparation="Se dit fravær i skolens app.",
    organiser=StaffFamily.EDUCATION_GUIDES,
    room="Mødelokale 1",
    minutes=45,
    can_be_online=True,
)

VOCATIONAL_STUDENT = SituationTemplate(
    situation=Situation.IN_SCHOOL,
    weight=20,
    ages=range(16, 25),
    helpers=(
        Helper(
            StaffFamily.EDUCATION_GUIDES,
            "Din faste kontakt i Ungeindsatsen. Hjælper dig med at blive på din uddannelse.",
        ),
        Helper(
            StaffFamily.VOCATIONAL_TEACHERS,
            "Din kontaktlærer på skolen. Tal med din lærer om skema og fravær.",
        ),
        Helper(StaffFamily.MENTORS, "Din mentor. Hjælper dig med at få dagen til at gå.", 0.4),
    ),
    attachments=(
        Attachment(
            RelationRole.SCHOOL, VOCATIONAL_SCHOOL, "Din skole. Her går du på grundforløbet."
        ),
    ),
    meetings=(
        MeetingTemplate(
            title="Samtale om dit fravær",
            purpose="Vi finder ud af, hvad der kan gøre det lettere at komme i skole.",
            agenda="1. Hvordan går det?\n2. Dit fravær\n3. Hvad kan hjælpe dig?",
            preparation="Tænk over, hvilke dage der er svære.",
            organiser=StaffFamily.VOCATIONAL_TEACHERS,
            room="Lokale B12",
            minutes=60,
        ),
        _GUIDE_FOLLOW_UP,
        MeetingTemplate(
            title="Snak om dit valg af fag",
            purpose="Vi taler om, hvilket fag du vil vælge efter grundforløbet.",
            agenda="1. Hvad kan du lide?\n2. Fag og lærepladser\n3. Hvad gør du nu?",
            preparation="Kig på skolens liste over fag.",
            organiser=StaffFamily.EDUCATION_GUIDES,
            room="Vejledningen, lokale A3",
            minutes=45,
            can_be_online=True,
            venue=VOCATIONAL_SCHOOL,
        ),
    ),
    plans=(
        PlanTemplate(
            area=PlanArea.EDUCATION,
            title="Din plan for skolen",
            owner=StaffFamily.EDUCATION_GUIDES,
            goals=(
                GoalTemplate(
                    GoalHorizon.SHORT_TERM,
                    "Komme til alle timer i en måned",
                    "Du møder op hver dag. Er du syg, siger du til.",
                ),
                GoalTemplate(
                    GoalHorizon.LONG_TERM,
                    "Blive færdig med grundforløbet",
                    "Du består grundforløbet og går videre.",
                ),
            ),
            activities=(
                ActivityTemplate(
                    "Skriv til din lærer, hvis du er syg", "Skriv før kl. 8 i skolens app.", 0
                ),
                ActivityTemplate(
                    "Lav et nyt skema med færre huller",
                    "Din lærer laver det sammen med dig.",
                    0,
                    StaffFamily.VOCATIONAL_TEACHERS,
                ),
                ActivityTemplate(
                    "Find en læreplads", "Din vejleder viser dig, hvor du kan søge.", 1
                ),
            ),
            summaries=(
                "Du har haft meget fravær. Du siger, at det er svært at sove. "
                "Vi aftalte et nyt skema. Du skriver, hvis du er syg. Vi ses igen om tre uger.",
                "Det går bedre. Du kommer de fleste dage. Du vil gerne være tømrer. "
                "Vi taler om lærepladser næste gang.",
                "Du er glad for holdet. Det svære er matematik. Du får hjælp i lektiecaféen. "
                "Du prøver det i to uger.",
            ),
        ),
    ),
    cases=(_CONTACT_PERSON, _GUIDANCE),
    deadlines=(
        DeadlineTemplate(
            "Fortæl skolen om dit fravær",
            "Skriv til din lærer, hvorfor du var væk.",
        ),
        DeadlineTemplate(
            "Vælg dit fag", "Skriv til din vejleder, hvilket fag du vælger.", "17.27.21"
        ),
    ),
)

GYMNASIUM_STUDENT = SituationTemplate(
    situation=Situation.IN_SCHOOL,
    weight=10,
    ages=range(15, 22),
    helpers=(
        Helper(
            StaffFamily.EDUCATION_GUIDES,
            "Din faste kontakt i Ungeindsatsen. Hjælper dig med at blive på din uddannelse.",
        ),
        Helper(
            StaffFamily.GYMNASIUM_TEACHERS,
            "Din kontaktlærer på gymnasiet. Tal med din lærer om opgaver og fravær.",
        ),
        Helper(StaffFamily.MENTORS, "Din mentor. Hjælper dig med at få dagen til at gå.", 0.3),
    ),
    attachments=(
        Attachment(
            RelationRole.SCHOOL,
            GYMNASIUM,
            "Din skole. Her går du i gymnasiet.",
        ),
    ),
    meetings=(
        MeetingTemplate(
            title="Samtale om dine opgaver",
            purpose="Vi laver en plan, så du kan nå dine opgaver.",
            agenda="1. Hvilke opgaver mangler du?\n2. Hvad er svært?\n3. En plan for ugen",
            preparation="Skriv ned, hvilke opgaver du mangler.",
            organiser=StaffFamily.GYMNASIUM_TEACHERS,
            room="Lokale 2.14",
            minutes=45,
        ),
        _GUIDE_FOLLOW_UP,
        MeetingTemplate(
            title="Snak om at skifte uddannelse",
            purpose="Vi taler om, om en anden uddannelse passer bedre til dig.",
            agenda="1. Hvad kan du lide?\n2. Andre uddannelser\n3. Hvad gør du nu?",
            preparation="Tænk over, hvad du savner i gymnasiet.",
            organiser=StaffFamily.EDUCATION_GUIDES,
            room="Mødelokale 2",
            minutes=60,
            can_be_online=True,
        ),
    ),
    plans=(
        PlanTemplate(
            area=PlanArea.EDUCATION,
            title="Din plan for gymnasiet",
            owner=StaffFamily.EDUCATION_GUIDES,
            goals=(
                GoalTemplate(
                    GoalHorizon.SHORT_TERM,
                    "Aflevere alle opgaver til tiden",
                    "Du laver en plan for hver uge og følger den.",
                ),
                GoalTemplate(GoalHorizon.LONG_TERM, "Blive student", "Du består dine eksamener."),
            ),
            activities=(
                ActivityTemplate(
                    "Lav en plan for dine opgaver", "Skriv alle opgaver ind i din kalender.", 0
                ),
                ActivityTemplate(
                    "Giv dig en uge mere til danskopgaven",
                    "Din lærer giver dig mere tid.",
                    0,
                    StaffFamily.GYMNASIUM_TEACHERS,
                ),
                ActivityTemplate(
                    "Gå i lektiecaféen om torsdagen", "Du får hjælp til matematik.", 1
                ),
            ),
            summaries=(
                "Du mangler tre opgaver. Du siger, at du mister overblikket. "
                "Vi lavede en plan for ugen. Du går i lektiecaféen om torsdagen.",
                "Du er tæt på at følge med igen. Du mangler kun en opgave. "
                "Vi ses igen om en måned.",
                "Du er i tvivl om gymnasiet. Vi talte om andre uddannelser. "
                "Du vil tænke over det til næste gang.",
            ),
        ),
    ),
    cases=(_CONTACT_PERSON, _GUIDANCE),
    deadlines=(
        DeadlineTemplate("Aflever din danskopgave", "Din lærer har givet dig en uge mere."),
        DeadlineTemplate(
            "Svar om du vil skifte uddannelse",
            "Skriv til din vejleder, hvad du har valgt.",
            "17.27.21",
        ),
    ),
)

INTERN = SituationTemplate(
    situation=Situation.INTERNSHIP,
    weight=15,
    ages=ADULTS,
    helpers=(
        Helper(
            StaffFamily.JOB_CONSULTANTS,
            "Din faste kontakt i Jobcentret. Følger med i din praktik.",
        ),
        Helper(
            StaffFamily.INTERNSHIP_SUPERVISORS,
            "Din praktikvejleder. Spørg, hvis du er i tvivl om noget.",
        ),
        Helper(
            StaffFamily.JOB_CASEWORKERS,
            "Din sagsbehandler i Jobcentret. Sørger for din sag og dine penge.",
            0.6,
        ),
    ),
    attachments=(
        Attachment(RelationRole.INTERNSHIP_PLACE, INTERNSHIP_PLACE, "Her er du i praktik."),
        Attachment(
            RelationRole.JOBCENTRE,
            JOBCENTRE,
            "Jobcentret. Her får du hjælp til job og uddannelse.",
        ),
    ),
    meetings=(
        MeetingTemplate(
            title="Opstart af din praktik",
            purpose="Du møder stedet og din praktikvejleder. Vi aftaler, hvad du skal lære.",
            agenda="1. En tur rundt på stedet\n2. Dine arbejdstider\n3. Hvad vil du lære?",
            preparation="Tag praktisk tøj og sko på.",
            organiser=StaffFamily.JOB_CONSULTANTS,
            room="Kontoret",
            minutes=60,
            venue=INTERNSHIP_PLACE,
        ),
        MeetingTemplate(
            title="Midtvejssamtale i praktikken",
            purpose="Vi ser på, hvordan praktikken går.",
            agenda="1. Hvad går godt?\n2. Hvad er svært?\n3. Resten af praktikken",
            preparation="Tænk over, hvad du har lært indtil nu.",
            organiser=StaffFamily.JOB_CONSULTANTS,
            room="Kontoret",
            minutes=30,
            venue=INTERNSHIP_PLACE,
        ),
        MeetingTemplate(
            title="Samtale om din sag i Jobcentret",
            purpose="Vi taler om dine penge og om, hvad der skal ske efter praktikken.",
            agenda="1. Dine penge\n2. Dit timeskema\n3. Planen efter praktikken",
            preparation="Tag dit timeskema med.",
            organiser=StaffFamily.JOB_CASEWORKERS,
            room="Mødelokale 3",
            minutes=45,
            can_be_online=True,
        ),
    ),
    plans=(
        PlanTemplate(
            area=PlanArea.EMPLOYMENT,
            title="Min Plan: Vejen til job eller uddannelse",
            owner=StaffFamily.JOB_CONSULTANTS,
            goals=(
                GoalTemplate(
                    GoalHorizon.SHORT_TERM,
                    "Gennemføre din praktik",
                    "Du møder hver dag og lærer stedet at kende.",
                ),
                GoalTemplate(
                    GoalHorizon.LONG_TERM,
                    "Få et job eller en læreplads",
                    "Du har et job eller en læreplads efter praktikken.",
                ),
            ),
            activities=(
                ActivityTemplate("Lav et CV på Jobnet", "Skriv din praktik på dit CV.", 1),
                ActivityTemplate(
                    "Send praktikaftalen til Jobcentret",
                    "Din jobkonsulent sørger for det.",
                    0,
                    StaffFamily.JOB_CONSULTANTS,
                ),
                ActivityTemplate(
                    "Skriv en udtalelse om praktikken",
                    "Din praktikvejleder skriver, hvad du er god til.",
                    0,
                    StaffFamily.INTERNSHIP_SUPERVISORS,
                ),
            ),
            summaries=(
                "Du starter i praktik i otte uger. Du møder kl. 7.30. "
                "Du vil gerne lære så meget som muligt. Vi ses igen om fire uger.",
                "Det går godt. Du kommer til tiden. Du er god til at spørge. "
                "Vi taler om et job næste gang.",
                "Praktikken er svær i starten. Der er mange nye ting. "
                "Du får en fast opgave hver dag. Vi ses igen om to uger.",
            ),
        ),
    ),
    cases=(
        CaseTemplate("15.18.05", "Virksomhedspraktik", "Virksomhedsservice, Jobcenter Fjordby"),
        _MY_PLAN,
        _YOUTH_ALLOWANCE,
    ),
    deadlines=(
        DeadlineTemplate(
            "Send dit timeskema fra praktikken",
            "Jobcentret skal bruge det for at betale dine penge.",
            "15.18.05",
        ),
        DeadlineTemplate("Opdatér dit CV på Jobnet", "Skriv din praktik på dit CV.", "15.20.01"),
    ),
)

ON_YOUTH_ALLOWANCE = SituationTemplate(
    situation=Situation.YOUTH_ALLOWANCE,
    weight=25,
    ages=ADULTS,
    helpers=(
        Helper(
            StaffFamily.JOB_CASEWORKERS,
            "Din faste kontakt i Jobcentret. Hjælper dig mod uddannelse og med din sag.",
        ),
        Helper(StaffFamily.MENTORS, "Din mentor. Hjælper dig med at komme i gang.", 0.5),
        Helper(
            StaffFamily.EDUCATION_GUIDES,
            "Hjælper dig med at vælge uddannelse og søge ind.",
            0.5,
        ),
    ),
    attachments=(
        Attachment(
            RelationRole.JOBCENTRE,
            JOBCENTRE,
            "Jobcentret. Her har du dine samtaler om job og uddannelse.",
        ),
    ),
    meetings=(
        MeetingTemplate(
            title="Samtale om dine mål",
            purpose="Vi taler om, hvad du gerne vil. Og hvordan du kommer derhen.",
            agenda="1. Hvordan går det?\n2. Hvad drømmer du om?\n3. Din plan",
            preparation="Tænk over, hvad du er god til.",
            organiser=StaffFamily.JOB_CASEWORKERS,
            room="Mødelokale 1",
            minutes=60,
            can_be_online=True,
        ),
        MeetingTemplate(
            title="Opfølgning på din plan",
            purpose="Vi ser på, hvor langt du er med din plan.",
            agenda="1. Siden sidst\n2. Din ansøgning\n3. Næste skridt",
            preparation="Tjek dit CV på Jobnet.",
            organiser=StaffFamily.JOB_CASEWORKERS,
            room="Mødelokale 3",
            minutes=45,
            can_be_online=True,
        ),
        MeetingTemplate(
            title="Møde med din mentor",
            purpose="Vi taler om ugen, der gik, og ugen, der kommer.",
            agenda="1. Hvordan gik ugen?\n2. Hvad skal der ske nu?",
            preparation="Tag din kalender med.",
            organiser=StaffFamily.MENTORS,
            room="Caféen",
            minutes=60,
        ),
    ),
    plans=(
        PlanTemplate(
            area=PlanArea.EMPLOYMENT,
            title="Min Plan: Vejen til uddannelse",
            owner=StaffFamily.JOB_CASEWORKERS,
            goals=(
                GoalTemplate(
                    GoalHorizon.SHORT_TERM,
                    "Blive klar til at starte på en uddannelse",
                    "Du går til dansk og får styr på din hverdag.",
                ),
                GoalTemplate(
                    GoalHorizon.LONG_TERM,
                    "Starte på en uddannelse",
                    "Du søger ind og starter efter sommer.",
                ),
            ),
            activities=(
                ActivityTemplate("Søg ind på en uddannelse", "Din vejleder kan hjælpe dig.", 1),
                ActivityTemplate("Gå til dansk hver uge", "Holdet er om tirsdagen kl. 9.", 0),
                ActivityTemplate(
                    "Sørg for, at du får en mentor",
                    "Din sagsbehandler finder en mentor til dig.",
                    0,
                    StaffFamily.JOB_CASEWORKERS,
                ),
            ),
            summaries=(
                "Du vil gerne arbejde med mennesker. Vi talte om, hvad du kan søge. "
                "Du går til dansk. Vi ses igen om en måned.",
                "Det har været en svær måned. Du har ikke sovet godt. "
                "Vi aftalte, at du får en mentor. Vi ses igen om to uger.",
                "Du har søgt ind på en uddannelse. Nu venter du på svar. "
                "Vi taler om penge, når du starter.",
            ),
        ),
    ),
    cases=(
        _YOUTH_ALLOWANCE,
        CaseTemplate("15.20.20", "Dine samtaler med Jobcentret", _JOBCENTRE_YOUTH_TEAM),
        CaseTemplate("15.20.36", "Mentor", _JOBCENTRE_YOUTH_TEAM, needs=StaffFamily.MENTORS),
        _MY_PLAN,
    ),
    deadlines=(
        DeadlineTemplate(
            "Send lønsedler fra dit fritidsjob",
            "Vi skal bruge dem for at regne dine penge ud.",
            "15.62.15",
        ),
        DeadlineTemplate("Søg ind på en uddannelse", "Din vejleder kan hjælpe dig."),
        DeadlineTemplate(
            "Tjek dit CV på Jobnet", "Dit CV skal være klar til næste møde.", "15.20.01"
        ),
    ),
)

FGU_STUDENT = SituationTemplate(
    situation=Situation.FGU,
    weight=15,
    ages=ALL_AGES,
    helpers=(
        Helper(
            StaffFamily.YOUTH_GUIDES,
            "Din faste kontakt i Ungeindsatsen. Holder styr på det hele sammen med dig.",
        ),
        Helper(StaffFamily.FGU_TEACHERS, "Din kontaktlærer på FGU. Hjælper dig med skolen."),
        Helper(
            StaffFamily.SOCIAL_CASEWORKERS,
            "Din sagsbehandler i kommunen. Hjælper dig med at bo for dig selv.",
            0.3,
            ADULTS,
        ),
    ),
    attachments=(Attachment(RelationRole.SCHOOL, FGU_SCHOOL, "Din skole. Her går du på FGU."),),
    meetings=(
        MeetingTemplate(
            title="Statusmøde på FGU",
            purpose="Vi ser på, hvordan det går i skolen.",
            agenda="1. Hvor tit du kommer\n2. Hvad du har lært\n3. Din praktikuge",
            preparation="Tænk over, hvad du er stolt af.",
            organiser=StaffFamily.FGU_TEACHERS,
            room="Mødelokalet",
            minutes=60,
        ),
        MeetingTemplate(
            title="Snak om din praktikuge",
            purpose="Vi taler om, hvor du kan være i praktik en uge.",
            agenda="1. Steder du kan vælge\n2. Hvornår du skal af sted",
            preparation="Tænk over, hvad du gerne vil prøve.",
            organiser=StaffFamily.YOUTH_GUIDES,
            room="Mødelokale 2",
            minutes=30,
            can_be_online=True,
        ),
        MeetingTemplate(
            title="Møde om din hverdag",
            purpose="Vi taler om, hvordan det går med at bo for dig selv.",
            agenda="1. Din bolig\n2. Dit budget\n3. Hvad du har brug for",
            preparation="Find dine regninger frem.",
            organiser=StaffFamily.SOCIAL_CASEWORKERS,
            room="Mødelokale 2",
            minutes=45,
        ),
    ),
    plans=(
        PlanTemplate(
            area=PlanArea.EDUCATION,
            title="Din plan på FGU",
            owner=StaffFamily.FGU_TEACHERS,
            goals=(
                GoalTemplate(
                    GoalHorizon.SHORT_TERM,
                    "Komme hver dag i en måned",
                    "Du kommer til tiden og siger til, hvis du er syg.",
                ),
                GoalTemplate(
                    GoalHorizon.LONG_TERM,
                    "Søge ind på en uddannelse",
                    "Du bliver færdig på FGU og søger videre.",
                ),
            ),
            activities=(
                ActivityTemplate("Prøv en praktikuge", "Du er en uge på en arbejdsplads.", 1),
                ActivityTemplate(
                    "Find et sted til din praktikuge",
                    "Din lærer finder et sted sammen med dig.",
                    1,
                    StaffFamily.FGU_TEACHERS,
                ),
                ActivityTemplate("Tag et kursus i førstehjælp", "Kurset tager to dage.", 0),
            ),
            summaries=(
                "Du kommer næsten hver dag. Du er god i værkstedet. "
                "Du vil gerne i praktik en uge. Vi finder et sted sammen.",
                "Du har været syg en del. Nu går det bedre. "
                "Du siger til, hvis du ikke kan komme. Vi ses om tre uger.",
                "Du er glad for holdet. Du vil gerne være kok. Vi ser på praktik i et køkken.",
            ),
        ),
        PlanTemplate(
            area=PlanArea.SOCIAL,
            title="Din plan for hverdagen",
            owner=StaffFamily.SOCIAL_CASEWORKERS,
            goals=(
                GoalTemplate(
                    GoalHorizon.SHORT_TERM,
                    "Lave et budget",
                    "Du ved, hvad du har til mad og regninger.",
                ),
                GoalTemplate(
                    GoalHorizon.LONG_TERM,
                    "Klare dig godt i din egen bolig",
                    "Du betaler dine regninger og har det godt hjemme.",
                ),
            ),
            activities=(
                ActivityTemplate(
                    "Lav et budget",
                    "Din sagsbehandler laver det sammen med dig.",
                    0,
                    StaffFamily.SOCIAL_CASEWORKERS,
                ),
                ActivityTemplate("Søg om boligstøtte", "Du kan få hjælp til huslejen.", 1),
            ),
            summaries=(
                "Du bor godt. Pengene slipper op sidst på måneden. "
                "Vi lavede et budget sammen. Du søger om boligstøtte.",
            ),
            needs=StaffFamily.SOCIAL_CASEWORKERS,
        ),
    ),
    cases=(
        CaseTemplate("54.42.08", "Dit forløb på FGU", "FGU Fjordby"),
        CaseTemplate("54.42.04", "Optagelse på FGU", "FGU Fjordby"),
        _CONTACT_PERSON,
        CaseTemplate(
            "34.50.20",
            "Ungestøtte: hjælp til at bo for dig selv",
            "Ungeteamet, Social- og Familieafdelingen",
            needs=StaffFamily.SOCIAL_CASEWORKERS,
            ages=range(18, 23),
        ),
    ),
    deadlines=(
        DeadlineTemplate(
            "Vælg et sted til din praktikuge",
            "Skriv til din lærer, hvad du vælger.",
        ),
        DeadlineTemplate("Søg om boligstøtte", "Du kan få hjælp til huslejen.", "34.50.20"),
    ),
)

NOTHING_YET = SituationTemplate(
    situation=Situation.NO_ACTIVITY,
    weight=15,
    ages=ALL_AGES,
    helpers=(
        Helper(
            StaffFamily.YOUTH_GUIDES,
            "Din faste kontakt i Ungeindsatsen. Hjælper dig i gang med noget, der passer til dig.",
        ),
        Helper(
            StaffFamily.EDUCATION_GUIDES, "Hjælper dig med at finde en uddannelse eller et job."
        ),
        Helper(StaffFamily.MENTORS, "Din mentor. Hjælper dig med at komme i gang.", 0.2),
    ),
    attachments=(),
    meetings=(
        MeetingTemplate(
            title="Møde i Ungeindsatsen",
            purpose="Vi lærer dig at kende. Og vi taler om, hvad du har lyst til.",
            agenda="1. Hvad laver du nu?\n2. Hvad kan du lide?\n3. Hvad gør vi nu?",
            preparation="Tænk over, hvad du godt kan lide at lave.",
            organiser=StaffFamily.YOUTH_GUIDES,
            room="Mødelokale 2",
            minutes=60,
        ),
        MeetingTemplate(
            title="Snak om uddannelse og job",
            purpose="Vi ser på uddannelser og job, der kan passe til dig.",
            agenda="1. Dine ønsker\n2. Uddannelser i Fjordby\n3. Næste skridt",
            preparation="Skriv tre ting ned, du godt kan lide.",
            organiser=StaffFamily.EDUCATION_GUIDES,
            room="Mødelokale 1",
            minutes=45,
            can_be_online=True,
        ),
        MeetingTemplate(
            title="Besøg på FGU Fjordby",
            purpose="Du ser skolen og møder nogle af eleverne.",
            agenda="1. En tur rundt\n2. Prøv en time i værkstedet\n3. Hvad synes du?",
            preparation="Tag tøj på, der må blive beskidt.",
            organiser=StaffFamily.YOUTH_GUIDES,
            room="Receptionen",
            minutes=90,
            venue=FGU_SCHOOL,
        ),
    ),
    plans=(
        PlanTemplate(
            area=PlanArea.YOUTH_EFFORT,
            title="Din plan i Ungeindsatsen",
            owner=StaffFamily.YOUTH_GUIDES,
            goals=(
                GoalTemplate(
                    GoalHorizon.SHORT_TERM,
                    "Finde ud af, hvad du har lyst til",
                    "Du prøver nogle ting og taler om dem.",
                ),
                GoalTemplate(
                    GoalHorizon.LONG_TERM,
                    "Starte på en uddannelse eller få et job",
                    "Du er i gang med noget efter sommer.",
                ),
            ),
            activities=(
                ActivityTemplate("Skriv tre ting ned, du godt kan lide", "Tag listen med.", 0),
                ActivityTemplate("Besøg to uddannelser", "Du ser, hvordan en dag er.", 1),
                ActivityTemplate(
                    "Find uddannelser, der passer til dig",
                    "Din vejleder finder nogle, I kan se på.",
                    1,
                    StaffFamily.EDUCATION_GUIDES,
                ),
            ),
            summaries=(
                "Vi mødtes for første gang. Du laver ikke noget lige nu. "
                "Du kan godt lide at være ude. Vi ses igen om to uger.",
                "Du har været på besøg på FGU. Du kunne godt lide værkstedet. "
                "Vi taler om at starte der.",
                "Det er svært at vide, hvad man vil. Det er helt okay. "
                "Vi prøver nogle ting sammen.",
            ),
        ),
    ),
    cases=(
        CaseTemplate(
            "17.27.15",
            "Pligt til uddannelse, job eller anden aktivitet",
            _YOUTH_EFFORT,
            ages=range(15, 18),
        ),
        _GUIDANCE,
        _CONTACT_PERSON,
    ),
    deadlines=(
        DeadlineTemplate("Svar om du vil med på besøg på FGU", "Skriv til din ungeguide."),
        DeadlineTemplate(
            "Send dine karakterer fra skolen",
            "Din vejleder skal bruge dem for at hjælpe dig.",
            "17.27.21",
        ),
    ),
)

TEMPLATES = (
    VOCATIONAL_STUDENT,
    GYMNASIUM_STUDENT,
    INTERN,
    ON_YOUTH_ALLOWANCE,
    FGU_STUDENT,
    NOTHING_YET,
)


def templates_for_age(age: int) -> tuple[SituationTemplate, ...]:
    return tuple(template for template in TEMPLATES if age in template.ages)


def expected_people(young_people: int) -> dict[StaffFamily, float]:
    """How many generated young people each staff family will serve, on average.

    Ages are spread evenly over 15 to 24, so each age gets the same share, and within
    an age the templates that fit it share by weight.
    """
    expected = dict.fromkeys(StaffFamily, 0.0)
    for age in ALL_AGES:
        fitting = templates_for_age(age)
        total_weight = sum(template.weight for template in fitting)
        for template in fitting:
            share = young_people / len(ALL_AGES) * template.weight / total_weight
            for helper in template.helpers:
                if age in helper.ages:
                    expected[helper.family] += share * helper.chance
    return expected
