package vn.delegationdesk.app.transfer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.delegationdesk.app.transfer.persistence.JdbcTransferLog;
import vn.delegationdesk.app.transfer.persistence.TransferRecord;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.abroad.BuiltInForeignRateSets;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.abroad.OutboundPlan;
import vn.delegationdesk.abroad.SavedOutbound;
import vn.delegationdesk.abroad.persistence.JdbcForeignRateSetRepository;
import vn.delegationdesk.abroad.persistence.JdbcOutboundRepository;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.persistence.JdbcRateSetRepository;
import vn.delegationdesk.budget.persistence.JdbcWorksheetRepository;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.KeptSeating;
import vn.delegationdesk.conferencedesk.Seat;
import vn.delegationdesk.conferencedesk.persistence.JdbcDelegateRepository;
import vn.delegationdesk.conferencedesk.persistence.JdbcSeatingRepository;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationSummary;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.approval.ApprovalState;
import vn.delegationdesk.delegation.approval.AuditEntry;
import vn.delegationdesk.delegation.approval.Revision;
import vn.delegationdesk.delegation.approval.persistence.JdbcApprovalTrail;
import vn.delegationdesk.delegation.body.BodyProfile;
import vn.delegationdesk.delegation.body.persistence.JdbcBodyProfileRepository;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.persistence.JdbcDocumentSettingsRepository;
import vn.delegationdesk.exchange.DelegationPackage;
import vn.delegationdesk.exchange.DelegationPackageWriter;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.db.BackupFile;
import vn.delegationdesk.platform.db.BackupService;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.platform.db.OneTransaction;
import vn.delegationdesk.platform.db.ServerStore;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.SettlementClosing;
import vn.delegationdesk.settlement.VoucherFile;
import vn.delegationdesk.settlement.persistence.JdbcSettlementRepository;
import vn.delegationdesk.settlement.persistence.JdbcVoucherFileRepository;

/**
 * Copies the laptop's store (the H2 file) to a store on a server, in one transaction on the server: every delegation with
 * its estimate worksheet, document settings and approval trail (its stage, its audit list with who and when as the
 * laptop recorded them, and its revisions with their frozen PDFs, byte for byte), its settlement after the trip with its
 * closings of the books and the files attached to its vouchers (byte for byte), its outbound plan abroad with the inputs
 * of its estimate, the rate sets (domestic and foreign) and the body profiles. Nothing on the server is replaced:
 * a rate set whose id the server has, or a body profile of an issuing body it has, stays as the server keeps it (except
 * a built-in foreign rate set the server still holds as shipped, empty, which takes the laptop's figures); a
 * delegation whose {@link TransferIdentity} the server holds is a {@link Clash}, and the copy is refused with nothing
 * written unless each clash has a {@link ClashChoice}.
 *
 * <p>Verified before the transaction commits: each copied delegation is read back from the server and its package export
 * (written with a fixed clock, so equal content gives equal bytes) must have the SHA-256 of the laptop's, and the server's
 * count of delegations must have grown by the number copied; otherwise everything is rolled back.
 */
public final class StoreTransfer {
    private static final Clock FIXED = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
    /** The copy writes the trail as the laptop recorded it, never in the name of whoever copies. */
    private static final Supplier<User> NO_WRITER = () -> {
        throw new IllegalStateException("a transfer records no audit line of its own");
    };
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.systemDefault());
    private static final ObjectMapper CANONICAL = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Store laptop;
    private final Store server;
    private final Messages messages;
    private final DelegationPackageWriter writer = new DelegationPackageWriter(FIXED);

    public StoreTransfer(Store laptop, Store server, Messages messages) {
        this.laptop = laptop;
        this.server = server;
        this.messages = messages;
    }

    /** The laptop's delegations the server already holds, for the user to choose, per clash, to skip or rename. */
    public List<Clash> clashes() {
        Set<TransferIdentity> onServer = identities(new JdbcDelegationRepository(server));
        List<Clash> found = new ArrayList<>();
        JdbcDelegationRepository source = new JdbcDelegationRepository(laptop);
        for (DelegationSummary summary : source.findSummaries()) {
            source.findById(summary.id()).ifPresent(d -> {
                if (onServer.contains(TransferIdentity.of(d))) {
                    found.add(clash(summary.id(), d));
                }
            });
        }
        return found;
    }

    /** How many delegations the laptop holds. */
    public int laptopDelegations() {
        return new JdbcDelegationRepository(laptop).findSummaries().size();
    }

    /**
     * Copies and verifies, in one transaction on the server.
     *
     * @param choices what to do with each clash, by the laptop's delegation id
     * @throws TransferRefused when a clash has no choice, or the copy read back differs; nothing was written
     */
    public TransferResult copy(Map<Long, ClashChoice> choices) {
        List<Source> sources = readLaptop();
        List<RateSet> rateSets = new JdbcRateSetRepository(laptop).findAll();
        List<ForeignRateSet> foreignRateSets = new JdbcForeignRateSetRepository(laptop).findAll();
        List<BodyProfile> bodies = new JdbcBodyProfileRepository(laptop).findAll();
        return OneTransaction.run(server, store -> {
            copyForeignRateSets(new JdbcForeignRateSetRepository(store), foreignRateSets);
            return write(store, sources, rateSets, bodies, choices);
        });
    }

    /** A laptop delegation with its worksheet, settings, approval trail, settlement and conference desks, as read before the copy. */
    private record Source(Delegation delegation, Optional<EstimateWorksheet> worksheet, Optional<DocumentSettings> settings,
            ApprovalState stage, List<AuditEntry> trail, List<Revision> revisions, Optional<Settlement> settlement,
            List<SettlementClosing> closings, List<VoucherFile> voucherFiles, Map<String, List<Delegate>> desks,
            Map<String, KeptSeating> seating, Optional<SavedOutbound> outbound) {
    }

    private List<Source> readLaptop() {
        JdbcDelegationRepository delegations = new JdbcDelegationRepository(laptop);
        JdbcWorksheetRepository worksheets = new JdbcWorksheetRepository(laptop);
        JdbcDocumentSettingsRepository settings = new JdbcDocumentSettingsRepository(laptop);
        JdbcApprovalTrail trail = new JdbcApprovalTrail(laptop, NO_WRITER);
        JdbcSettlementRepository settlements = new JdbcSettlementRepository(laptop);
        JdbcVoucherFileRepository voucherFiles = new JdbcVoucherFileRepository(laptop);
        JdbcDelegateRepository desks = new JdbcDelegateRepository(laptop);
        JdbcSeatingRepository seating = new JdbcSeatingRepository(laptop);
        JdbcOutboundRepository outbound = new JdbcOutboundRepository(laptop);
        List<Source> sources = new ArrayList<>();
        for (DelegationSummary summary : delegations.findSummaries()) {
            delegations.findById(summary.id()).ifPresent(d -> sources.add(new Source(d, worksheets.find(summary.id()),
                    settings.find(summary.id()), trail.stateOf(summary.id()), trail.trail(summary.id()),
                    trail.revisions(summary.id()), settlements.find(summary.id()), settlements.closings(summary.id()),
                    voucherFiles.list(summary.id()), desks.byConference(summary.id()),
                    seating.byConference(summary.id()), outbound.find(summary.id()))));
        }
        return sources;
    }

    private TransferResult write(Store store, List<Source> sources, List<RateSet> rateSets, List<BodyProfile> bodies,
            Map<Long, ClashChoice> choices) {
        JdbcDelegationRepository delegations = new JdbcDelegationRepository(store);
        JdbcWorksheetRepository worksheets = new JdbcWorksheetRepository(store);
        JdbcDocumentSettingsRepository settings = new JdbcDocumentSettingsRepository(store);
        JdbcApprovalTrail trail = new JdbcApprovalTrail(store, NO_WRITER);
        JdbcApprovalTrail laptopTrail = new JdbcApprovalTrail(laptop, NO_WRITER);
        JdbcSettlementRepository settlements = new JdbcSettlementRepository(store);
        JdbcVoucherFileRepository voucherFiles = new JdbcVoucherFileRepository(store);
        JdbcVoucherFileRepository laptopVoucherFiles = new JdbcVoucherFileRepository(laptop);
        JdbcDelegateRepository desks = new JdbcDelegateRepository(store);
        JdbcSeatingRepository seating = new JdbcSeatingRepository(store);
        JdbcOutboundRepository outbound = new JdbcOutboundRepository(store);
        Set<TransferIdentity> onServer = identities(delegations);
        int before = delegations.findSummaries().size();

        List<Clash> open = new ArrayList<>();
        for (Source source : sources) {
            if (onServer.contains(TransferIdentity.of(source.delegation())) && !choices.containsKey(source.delegation().id())) {
                open.add(clash(source.delegation().id(), source.delegation()));
            }
        }
        if (!open.isEmpty()) {
            throw new TransferRefused("transfer.error.clashes", List.of(open.size(), titles(open)), open);
        }

        JdbcRateSetRepository serverRates = new JdbcRateSetRepository(store);
        Set<String> rateIds = new HashSet<>();
        serverRates.findAll().forEach(set -> rateIds.add(set.id()));
        int ratesCopied = 0;
        for (RateSet set : rateSets) {
            if (rateIds.add(set.id())) {
                serverRates.save(set);
                ratesCopied++;
            }
        }
        JdbcBodyProfileRepository serverBodies = new JdbcBodyProfileRepository(store);
        Set<IssuingBody> bodyNames = new HashSet<>();
        serverBodies.findAll().forEach(profile -> bodyNames.add(profile.body()));
        int bodiesCopied = 0;
        for (BodyProfile profile : bodies) {
            if (bodyNames.add(profile.body())) {
                serverBodies.save(new BodyProfile(null, profile.body(), profile.place(), profile.budgetUnitCode(),
                        profile.authorityBasis(), profile.signers()));
                bodiesCopied++;
            }
        }

        Map<Long, String> checksums = new LinkedHashMap<>();
        Map<Long, JdbcTransferLog.Link> links = new LinkedHashMap<>();
        int copied = 0;
        int renamed = 0;
        int skipped = 0;
        int members = 0;
        for (Source source : sources) {
            Delegation delegation = source.delegation();
            long laptopId = delegation.id();
            TransferIdentity identity = TransferIdentity.of(delegation);
            if (onServer.contains(identity)) {
                if (choices.get(laptopId) == ClashChoice.SKIP) {
                    skipped++;
                    continue;
                }
                delegation = renamed(delegation, onServer);
                renamed++;
            }
            onServer.add(TransferIdentity.of(delegation));
            Delegation copy = delegation.toBuilder().id(null).build();
            long serverId = delegations.insert(copy);
            source.worksheet().ifPresent(w -> worksheets.save(serverId, w));
            source.settings().ifPresent(s -> settings.save(serverId, s));
            trail.restore(serverId, source.stage(), source.trail());
            // A revision's PDFs are read from the laptop one revision at a time: together they may be large.
            for (Revision revision : source.revisions()) {
                trail.restoreRevision(serverId, revision, laptopTrail.documents(laptopId, revision.number()));
            }
            if (!trail.revisions(serverId).equals(source.revisions().stream()
                    .map(r -> new Revision(serverId, r.number(), r.frozenAt(), r.frozenBy(), r.content(), r.estimate(), r.total()))
                    .toList())) {
                throw new TransferRefused("transfer.error.notVerified", List.of(delegation.title()), List.of());
            }
            if (trail.trail(serverId).size() != source.trail().size()
                    || trail.stateOf(serverId).stage() != source.stage().stage()) {
                throw new TransferRefused("transfer.error.notVerified", List.of(delegation.title()), List.of());
            }
            copySettlement(settlements, serverId, source, delegation.title());
            copyVoucherFiles(laptopVoucherFiles, voucherFiles, serverId, source, delegation.title());
            copyDesks(desks, seating, serverId, source, delegation.title());
            copyOutbound(outbound, serverId, source, delegation.title());
            String expected = checksum(copy, source.worksheet(), source.settings());
            Delegation readBack = delegations.findById(serverId).orElseThrow();
            String actual = checksum(readBack.toBuilder().id(null).build(), worksheets.find(serverId), settings.find(serverId));
            if (!expected.equals(actual)) {
                throw new TransferRefused("transfer.error.notVerified", List.of(delegation.title()), List.of());
            }
            checksums.put(laptopId, actual);
            links.put(serverId, new JdbcTransferLog.Link(laptopId, actual));
            members += delegation.members().size();
            copied++;
        }
        int after = delegations.findSummaries().size();
        if (after != before + copied) {
            throw new TransferRefused("transfer.error.countDiffers", List.of(before + copied, after), List.of());
        }
        List<BackupFile> backups = laptop instanceof Database file ? BackupService.list(file.dataDir()) : List.of();
        new JdbcTransferLog(store).record(record(copied, members, backups), links);
        return new TransferResult(copied, renamed, skipped, members, ratesCopied, rateSets.size() - ratesCopied, bodiesCopied,
                bodies.size() - bodiesCopied, after, checksums, backups.size());
    }

    /**
     * The foreign rate sets the server lacks, and the figures of a built-in set the server still holds as shipped (empty):
     * a set the server's finance office changed stays as it is. Verified by reading them back.
     */
    private static void copyForeignRateSets(JdbcForeignRateSetRepository serverSets, List<ForeignRateSet> laptopSets) {
        Map<String, ForeignRateSet> held = new LinkedHashMap<>();
        serverSets.findAll().forEach(set -> held.put(set.id(), set));
        List<ForeignRateSet> copied = new ArrayList<>();
        for (ForeignRateSet set : laptopSets) {
            ForeignRateSet there = held.get(set.id());
            if (there == null || (BuiltInForeignRateSets.all().contains(there) && !there.equals(set))) {
                serverSets.save(set);
                copied.add(set);
            }
        }
        if (!serverSets.findAll().containsAll(copied)) {
            throw new TransferRefused("transfer.error.foreignRateSetNotVerified", List.of(copied.stream().map(ForeignRateSet::name)
                    .collect(Collectors.joining(", "))), List.of());
        }
    }

    /** The outbound plan with the inputs of its estimate, under the server's id of the delegation, verified by reading back. */
    private static void copyOutbound(JdbcOutboundRepository outbound, long serverId, Source source, String title) {
        if (source.outbound().isEmpty()) {
            return;
        }
        OutboundPlan plan = source.outbound().get().plan();
        SavedOutbound copy = new SavedOutbound(new OutboundPlan(serverId, plan.stops(), plan.legs(), plan.passports(),
                plan.foreignRateSetId(), plan.exchangeRate()), source.outbound().get().inputs());
        outbound.save(copy.plan(), copy.inputs());
        if (!outbound.find(serverId).equals(Optional.of(copy))) {
            throw new TransferRefused("transfer.error.notVerified", List.of(title), List.of());
        }
    }

    /** The settlement and its closings, as the laptop froze them, verified by reading them back. */
    private static void copySettlement(JdbcSettlementRepository settlements, long serverId, Source source, String title) {
        if (source.settlement().isEmpty()) {
            return;
        }
        settlements.save(serverId, source.settlement().get());
        settlements.restoreClosings(serverId, source.closings());
        if (!settlements.find(serverId).equals(source.settlement()) || !settlements.closings(serverId).equals(source.closings())) {
            throw new TransferRefused("transfer.error.notVerified", List.of(title), List.of());
        }
    }

    /**
     * The conference desks (delegates, their answers and check-ins), verified by reading them back. The delegates keep
     * their ids, which the printed invitations' QR codes carry; a delegation copied a second time (renamed) finds its
     * ids taken on the server, and its copy's delegates get new ones. The kept seating plans follow, each seat given to
     * its delegate's id on the server.
     */
    private static void copyDesks(JdbcDelegateRepository desks, JdbcSeatingRepository seating, long serverId, Source source,
            String title) {
        Map<String, String> newIds = new HashMap<>();
        for (Map.Entry<String, List<Delegate>> desk : source.desks().entrySet()) {
            List<Delegate> list = desk.getValue();
            if (desks.anyKept(list.stream().map(Delegate::id).toList())) {
                list = list.stream().map(d -> {
                    String id = UUID.randomUUID().toString();
                    newIds.put(d.id(), id);
                    return new Delegate(id, d.conferenceId(), d.fullName(), d.title(), d.body(), d.group(), d.precedence(),
                            d.contact(), d.onPayroll(), d.status(), d.checkedInAt(), d.memberId(), d.walkIn());
                }).toList();
            }
            desks.saveAll(serverId, desk.getKey(), list);
            if (!desks.list(serverId, desk.getKey()).equals(list)) {
                throw new TransferRefused("transfer.error.notVerified", List.of(title), List.of());
            }
        }
        for (Map.Entry<String, KeptSeating> plan : source.seating().entrySet()) {
            Map<String, Seat> seats = new HashMap<>();
            plan.getValue().seats().forEach((id, seat) -> seats.put(newIds.getOrDefault(id, id), seat));
            KeptSeating copy = new KeptSeating(plan.getValue().layout(), seats);
            seating.save(serverId, plan.getKey(), copy);
            if (!seating.find(serverId, plan.getKey()).equals(Optional.of(copy))) {
                throw new TransferRefused("transfer.error.notVerified", List.of(title), List.of());
            }
        }
    }

    /**
     * The files attached to the settlement's vouchers, with who attached them and when, verified by reading their bytes
     * back; each file's bytes are read from the laptop one at a time, as the revisions' PDFs are.
     */
    private static void copyVoucherFiles(JdbcVoucherFileRepository from, JdbcVoucherFileRepository to, long serverId,
            Source source, String title) {
        for (VoucherFile file : source.voucherFiles()) {
            VoucherFile copy = to.attach(serverId, file.supplier(), file.voucherNumber(), file.fileName(), file.mediaType(),
                    from.content(file.id()), file.attachedBy(), file.attachedAt());
            VoucherFile expected = new VoucherFile(copy.id(), serverId, file.supplier(), file.voucherNumber(), file.fileName(),
                    file.mediaType(), file.size(), file.sha256(), file.attachedAt(), file.attachedBy());
            if (!copy.equals(expected) || !VoucherFile.sha256Of(to.content(copy.id())).equals(file.sha256())) {
                throw new TransferRefused("transfer.error.notVerified", List.of(title), List.of());
            }
        }
    }

    /**
     * The copy as the server keeps it: now, by the server's login (whom the server authenticated), from this computer
     * and the laptop's data folder, with the laptop's backups then, and the line the copied delegations' audit lists show.
     */
    private TransferRecord record(int copied, int members, List<BackupFile> backups) {
        Instant now = Instant.now();
        String by = server instanceof ServerStore s ? s.login() : System.getProperty("user.name", "");
        String computer = computerName();
        String folder = laptop instanceof Database file ? file.dataDir().toAbsolutePath().toString() : "";
        String backupText = backups.isEmpty() ? messages.get("transfer.audit.noBackups")
                : messages.get("transfer.audit.backups", backups.size(), backups.get(0).name(),
                        STAMP.format(backups.get(0).takenAt()));
        String detail = messages.get("transfer.audit.detail", computer, folder, backupText);
        return new TransferRecord(now, by, computer, folder, copied, members, backups, detail);
    }

    /** This computer's name as the system gives it; "" when it gives none. */
    private static String computerName() {
        for (String variable : List.of("COMPUTERNAME", "HOSTNAME")) {
            String name = System.getenv(variable);
            if (name != null && !name.isBlank()) {
                return name.strip();
            }
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "";
        }
    }

    private Delegation renamed(Delegation delegation, Set<TransferIdentity> taken) {
        for (int n = 1; ; n++) {
            String title = n == 1 ? messages.get("transfer.renamedTitle", delegation.title())
                    : messages.get("transfer.renamedTitleNumbered", delegation.title(), n);
            Delegation candidate = delegation.toBuilder().title(title).build();
            if (!taken.contains(TransferIdentity.of(candidate))) {
                return candidate;
            }
        }
    }

    /**
     * The SHA-256, in hexadecimal, of the delegation's package export with a fixed clock, its objects' keys sorted: the
     * worksheet's maps (the per-line overrides) have no order of their own, so two equal worksheets may be exported with
     * their entries in another order.
     */
    private String checksum(Delegation delegation, Optional<EstimateWorksheet> worksheet, Optional<DocumentSettings> settings) {
        byte[] bytes = writer.toBytes(new DelegationPackage(delegation, worksheet.orElse(null), settings.orElse(null)));
        try {
            byte[] canonical = CANONICAL.writeValueAsBytes(CANONICAL.readValue(bytes, Object.class));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (IOException e) {
            throw new IllegalStateException("the package just written cannot be read back", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Set<TransferIdentity> identities(JdbcDelegationRepository repository) {
        Map<Long, TransferIdentity> found = new HashMap<>();
        for (DelegationSummary summary : repository.findSummaries()) {
            repository.findById(summary.id()).ifPresent(d -> found.put(summary.id(), TransferIdentity.of(d)));
        }
        return new HashSet<>(found.values());
    }

    private static Clash clash(long laptopId, Delegation d) {
        return new Clash(laptopId, d.title(), d.startDate(), d.issuingBody().name());
    }

    private static String titles(List<Clash> clashes) {
        StringBuilder text = new StringBuilder();
        for (Clash clash : clashes) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append('«').append(clash.title()).append('»');
        }
        return text.toString();
    }
}
