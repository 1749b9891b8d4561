//! The road region: its card, the packs deployed with the app, building a pack.

texts! {
    /// A sentence of this part of the interface, in French and English.
    pub enum RegionText {
        /// Heading of the road region card.
        RegionHeading => "Région routière", "Road region";
        /// While the region loads.
        RegionLoading => "Chargement de la région…", "Loading the region…";
        /// Neither the stored region nor the demo could be read.
        NoReadableRegion => "aucune région routière lisible", "no readable road region";
        /// Unit after the number of junctions.
        Junctions => "carrefours", "junctions";
        /// Unit after the length of the network.
        KmOfRoads => "km de routes", "km of roads";
        /// Before the date of the OSM data.
        OsmDataOf => "Données OSM du", "OSM data of";
        /// Marks the embedded demo region.
        RegionBuiltin => "Région de démonstration intégrée", "Built-in demo region";
        /// Before the extract's file name.
        RegionBuiltFrom => "Construite depuis", "Built from";
        /// How the region in use came: deployed with the app.
        RegionDeployed => "Déployée avec l'application", "Deployed with the app";
        /// Button to go back to the embedded demo region.
        UseDemoRegion => "Revenir à la région de démonstration", "Back to the demo region";
        /// Button to add a region from an OSM extract or a region pack.
        BuildFromExtract => "Ajouter une région (.osm.pbf ou .bin)", "Add a region (.osm.pbf or .bin)";
        /// What adding a region does.
        BuildHint =>
            "Un extrait OSM (.osm.pbf) est préparé sur ce téléphone ; un paquet de région (.bin) est vérifié. La région est ensuite gardée pour travailler sans réseau.",
            "An OSM extract (.osm.pbf) is prepared on this phone; a region pack (.bin) is checked. The region is then kept for working offline.";
        /// Title of a failed build.
        BuildFailed => "Construction impossible", "Build failed";
        /// After a failed or refused build: the way that always works, a pack built on a computer.
        BuildOnComputer =>
            "Pour une grande région, construisez le paquet sur un ordinateur (tournee pack build … --within 04, voir le README), puis ajoutez ici le fichier .bin.",
            "For a large region, build the pack on a computer (tournee pack build … --within 04, see the README), then add the .bin file here.";
        /// A file too large to build on this phone: memory it would need (followed by MB).
        BuildNeedsMemory => "préparer ce fichier demande environ", "preparing this file needs about";
        /// ... and the memory the phone has (followed by GB).
        PhoneMemory => "de mémoire, ce téléphone en a", "of memory, this phone has";
        /// A file larger than the app accepts to build (followed by MB).
        ExtractTooLarge => "fichier trop volumineux pour un téléphone, plus de", "file too large for a phone, over";
        /// Build step: reading the roads.
        StageWays => "Lecture des routes", "Reading the roads";
        /// Build step: reading the node positions.
        StageNodes => "Lecture des positions", "Reading the positions";
        /// Build step: assembling the network.
        StageNetwork => "Assemblage du réseau", "Assembling the network";
        /// Build step: preparing fast routing.
        StageContraction => "Préparation des itinéraires", "Preparing the routes";
        /// Build step: saving.
        StageWriting => "Enregistrement", "Saving";
        /// Heading of the packs deployed with the app.
        DeployedHeading => "Régions déployées avec l'application", "Regions deployed with the app";
        /// No pack was deployed with this installation.
        NoDeployedRegions =>
            "Aucune région n'a été déployée avec cette installation : ajoutez la vôtre depuis un fichier ci-dessous, ou demandez-la à qui a installé Tournée.",
            "No region was deployed with this installation: add yours from a file below, or ask whoever installed Tournée.";
        /// The list of deployed packs could not be had.
        DeployedUnavailable => "Liste des régions déployées indisponible", "List of deployed regions unavailable";
        /// Button: download a deployed pack and use it.
        DownloadAndUse => "Télécharger et utiliser", "Download and use";
        /// Marks the deployed pack in use.
        InUse => "✓ En service, gardée hors ligne", "✓ In use, kept offline";
        /// A newer version of the pack in use is deployed.
        UpdateAvailable => "Une version plus récente a été déployée", "A newer version has been deployed";
        /// Button: download the newer pack.
        UpdatePack => "Mettre à jour", "Update";
        /// While a pack downloads.
        Downloading => "Téléchargement", "Downloading";
        /// Title of a failed download.
        DownloadFailed =>
            "Téléchargement impossible : la région en service n'a pas changé",
            "Download failed: the region in use did not change";
    }
}
