// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {ReputationRegistry} from "./ReputationRegistry.sol";
import {CampaignLib} from "./CampaignLib.sol";
import {KappaRules} from "./KappaRules.sol";

/// @title KappaHub
/// @notice One contract holding many labeling campaigns paid in one ERC-20,
/// and the reputation registry they share. See docs/PROTOCOL.md.
/// @dev Gas design (docs/GAS.md): a campaign owns a fixed set of "lanes",
/// storage slots created once and recycled by successive chunks. A lane holds
/// only keccak256 of the chunk's record (a few packed words: chunk header,
/// gold commitment, dispute mask, and two words per seat). Every transaction
/// passes the current record in calldata, the hub checks its hash, applies the
/// transition in memory and writes the new hash: one SSTORE to an existing
/// non-zero slot per claim, commit or reveal. Credits go to an internal ledger
/// (one packed word per account, shared with the reputation), withdrawn in one
/// transfer for many chunks and campaigns.
contract KappaHub is ReputationRegistry, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    // ---------------------------------------------------------------- types

    /// @notice A complexity tier: the reward per accepted label and the
    /// reputation an annotator needs to claim chunks of this tier.
    struct Tier {
        uint128 reward;
        uint32 minReputation;
    }

    /// @notice Everything a requester chooses when creating a campaign.
    struct CampaignParams {
        address arbiter; // may resolve any dispute (oracle or multisig)
        address reputationSource; // ledger whose reputation tiers and review read; 0 = the requester
        uint96 stake; // tokens a seat locks per task of its chunk, > 0: back at finalize, burned if slashed
        bytes32 manifestRoot; // Merkle root of the chunk leaves
        string manifestCid; // IPFS CID of the manifest document (which names the schema)
        uint8 k; // annotators per chunk (replication), 1..8
        uint8 q; // agreeing annotators needed, 2q > k
        uint8 labelBits; // bits per task in the packed labels: 1,2,4,8,16,32
        uint16 numLabels; // classes (single label) or label count (multi label)
        bool multiLabel; // labels are bitmasks instead of class indices
        uint8 maxGoldMisses; // gold misses tolerated before an annotator fails gold
        uint8 maxGold; // most gold tasks a chunk's revealed gold may hold, 1..255
        uint16 lanes; // chunks in flight at once (storage slots created once)
        uint32 claimWindow; // seconds after a chunk opens during which seats can be claimed
        uint32 commitWindow; // seconds a claimer has to commit
        uint32 revealWindow; // seconds of the reveal phase
        uint32 goldWindow; // seconds after the reveal phase only a gold reveal may finalize
        uint32 disputeWindow; // seconds reviewers have to rule on a chunk's disputes after its finalize
        uint32 reviewWindow; // seconds after a finalize only senior reviewers may rule; then the arbiter too
        uint64 endTime; // no chunk opens at or after this time
        uint32 seniorReputation; // reputation a reviewer needs
        uint128 reviewerFee; // paid per resolved task
        Tier[] tiers; // 1..8 tiers
        uint256 deposit; // tokens pulled from the creator at creation
    }

    /// @notice What a client reads about a campaign.
    struct CampaignInfo {
        address requester;
        address arbiter;
        address reputationSource;
        uint96 stake;
        bytes32 manifestRoot;
        string manifestCid;
        uint8 k;
        uint8 q;
        uint8 labelBits;
        uint16 numLabels;
        bool multiLabel;
        uint8 maxGoldMisses;
        uint8 maxGold;
        uint16 lanes;
        uint32 claimWindow;
        uint32 commitWindow;
        uint32 revealWindow;
        uint32 goldWindow;
        uint32 disputeWindow;
        uint32 reviewWindow;
        uint64 endTime;
        uint32 seniorReputation;
        uint128 reviewerFee;
        Tier[] tiers;
        uint256 unreserved;
        uint256 reserved;
        bool closed;
        uint256 closeTime;
    }

    /// @notice One chunk's leaf in the manifest Merkle tree.
    struct ChunkLeaf {
        uint64 chunkId;
        uint8 tier;
        uint16 size;
        bytes32 tasksRoot; // commits to the task CIDs (see docs/PROTOCOL.md)
        bytes32 goldCommitment; // nonzero: salted gold preimage, an empty mask when the chunk has no gold tasks
    }

    /// @notice The requester's gold answers for a chunk, revealed at finalize.
    struct Gold {
        bool present;
        uint256[] mask; // packed like labels: value 1 in the field of each gold task
        uint256[] labels; // packed like annotator labels (gold answers)
        bytes32 salt;
    }

    /// @dev Storage of a campaign. Slot 0 holds everything claim, commit and
    /// reveal read (one cold SLOAD); the escrow pair shares slot 3 so that it
    /// never returns to zero while either half is nonzero.
    /// @notice One relayed commit (see commitBatch).
    struct SignedCommit {
        uint256 seat;
        bytes32 commitment;
        bytes32 r;
        bytes32 vs;
    }

    /// @notice One relayed claim (see claimBatch).
    struct SignedClaim {
        uint256 seat;
        uint256 deadline;
        bytes32 r;
        bytes32 vs;
    }

    /// @notice One relayed reveal (see revealBatch).
    struct SeatReveal {
        uint256 seat;
        uint256[] labels;
        bytes32 salt;
        bytes32 labelDoc;
    }

    struct Campaign {
        // slot 0: hot configuration
        uint8 k;
        uint8 q;
        uint8 labelBits;
        uint16 numLabels;
        bool multiLabel;
        uint8 maxGoldMisses;
        uint8 maxGold;
        uint16 laneCount;
        uint8 tierCount;
        bool closed;
        uint32 claimWindow;
        uint32 commitWindow;
        uint32 revealWindow;
        uint64 endTime;
        // slot 1
        address requester;
        uint32 goldWindow;
        uint32 disputeWindow;
        uint32 seniorReputation;
        // slot 2
        address arbiter;
        uint32 reviewWindow;
        // slot 3: the ledger tier minimums and the senior threshold read,
        // and the stake per task (claim reads both)
        address reputationSource;
        uint96 stake;
        // slot 4: escrow
        uint128 unreserved;
        uint128 reserved;
        // slot 5
        uint128 reviewerFee;
        bytes32 manifestRoot;
        string manifestCid;
        Tier[8] tiers;
    }

    // ------------------------------------------------------------ constants

    /// @notice Reputation gained per ground-truth answer matched: a gold
    /// task at finalize, a reviewer's ruling at resolve. Agreeing with a
    /// quorum pays but moves no reputation (protocol v2).
    uint256 public constant AGREE_GAIN = 1;
    /// @notice Reputation lost per ground-truth answer missed (a gold task
    /// of a seat that passed gold, a ruling).
    uint256 public constant DISAGREE_LOSS = 2;
    /// @notice Reputation lost per gold task missed by an annotator who fails gold.
    uint256 public constant GOLD_MISS_LOSS = 5;
    /// @notice Reputation lost per task of a chunk claimed but never revealed.
    uint256 public constant NO_REVEAL_LOSS = 3;
    /// @notice Reputation lost when a lapsed claim is taken over.
    uint256 public constant LAPSE_LOSS = 10;

    /// @notice Largest k (annotators per chunk).
    uint256 public constant MAX_K = 8;
    /// @notice Most lanes a campaign may have: creating them is one storage
    /// write each, and 1,024 fit a block's gas on any chain kappa targets.
    uint256 public constant MAX_LANES = CampaignLib.MAX_LANES;
    uint256 internal constant MAX_CHUNK_SIZE = 256;
    /// @notice Shortest claim, commit, reveal and gold window (seconds): time
    /// for a transaction to be mined on a busy chain.
    uint256 public constant MIN_WINDOW = CampaignLib.MIN_WINDOW;
    /// @notice Shortest dispute window (seconds): reviewers and the arbiter
    /// get at least this long after a chunk's finalize to rule on its
    /// disputes before they expire (settleExpired).
    uint256 public constant MIN_DISPUTE_WINDOW = CampaignLib.MIN_DISPUTE_WINDOW;

    bytes32 internal constant FREE_LANE = bytes32(uint256(1));
    /// @notice Where burn() sends slashed stake: an address nobody holds the key of.
    address public constant BURN_ADDRESS = 0x000000000000000000000000000000000000dEaD;

    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    /// @notice EIP-712 type hash of a relayed claim. `openedAt` and
    /// `replaces` (the seat's word before the claim: 0 for an empty seat,
    /// the lapsed holder's word for a takeover) make each signature
    /// single-use without a nonce slot: once the claim lands, the seat never
    /// holds that word again in a chunk opened at that time, so a relayer
    /// cannot put the signer back into a seat they lapsed.
    bytes32 public constant CLAIM_TYPEHASH = keccak256(
        "Claim(uint256 campaignId,uint256 chunkId,uint256 seat,uint256 openedAt,uint256 replaces,uint256 deadline)"
    );

    /// @notice EIP-712 type hash of a relayed commit.
    bytes32 public constant COMMIT_TYPEHASH = keccak256(
        "Commit(uint256 campaignId,uint256 chunkId,uint256 seat,uint256 claimedAt,bytes32 commitment)"
    );

    uint256 internal constant CHUNK_ACTIVE = 1;
    uint256 internal constant CHUNK_DISPUTED = 2;

    uint256 internal constant SEAT_EMPTY = 0;
    uint256 internal constant SEAT_CLAIMED = 1;
    uint256 internal constant SEAT_COMMITTED = 2;
    uint256 internal constant SEAT_REVEALED = 3;
    uint256 internal constant SEAT_EXCLUDED = 4;

    // ---------------------------------------------------------------- state

    /// @notice The ERC-20 every campaign of this hub pays in.
    IERC20 public immutable token;
    /// @notice Number of campaigns created; ids run from 1 to campaignCount.
    uint256 public campaignCount;

    mapping(uint256 => Campaign) internal _campaigns;
    mapping(uint256 => mapping(uint256 => bytes32)) internal _lanes;
    mapping(uint256 => mapping(uint256 => uint256)) internal _taken;

    // --------------------------------------------------------------- events

    /// @notice A campaign was created.
    event CampaignCreated(
        uint256 indexed campaignId,
        address indexed requester,
        address indexed arbiter,
        bytes32 manifestRoot,
        string manifestCid
    );
    /// @notice Escrow was added to a campaign.
    event Funded(uint256 indexed campaignId, address indexed from, uint256 amount, uint256 unreserved);
    /// @notice The requester took unreserved escrow back.
    event EscrowWithdrawn(uint256 indexed campaignId, address indexed to, uint256 amount, uint256 unreserved);
    /// @notice The requester took everything left after the campaign closed.
    event CampaignReclaimed(uint256 indexed campaignId, address indexed to, uint256 amount);
    /// @notice A chunk's first claim: it now occupies `lane` and `reserved`
    /// tokens of escrow (k claims' maximum payout plus reviewer fees) are held for it.
    event ChunkOpened(
        uint256 indexed campaignId,
        uint256 indexed chunkId,
        uint256 lane,
        uint256 tier,
        uint256 size,
        bytes32 goldCommitment,
        uint256 reserved,
        uint256 openedAt
    );
    /// @notice `annotator` took `seat` of the chunk at `claimedAt`.
    event Claimed(
        uint256 indexed campaignId,
        uint256 indexed chunkId,
        address indexed annotator,
        uint256 lane,
        uint256 seat,
        uint256 claimedAt
    );
    /// @notice `annotator` committed; `revealAt` is nonzero when this was the
    /// k-th commit and the reveal phase opened now.
    event Committed(
        uint256 indexed campaignId,
        uint256 indexed chunkId,
        address indexed annotator,
        uint256 seat,
        bytes32 commitment,
        uint256 revealAt
    );
    /// @notice `annotator`'s labels were revealed; `labelDoc` is the sha2-256
    /// digest of their signed label document (CIDv1, raw codec).
    event Revealed(
        uint256 indexed campaignId,
        uint256 indexed chunkId,
        address indexed annotator,
        uint256 seat,
        uint256[] labels,
        bytes32 labelDoc
    );
    /// @notice The chunk was tallied. `accepted` holds the accepted labels
    /// packed like annotator labels; tasks in `disputeMask` had no quorum.
    event Finalized(
        uint256 indexed campaignId,
        uint256 indexed chunkId,
        uint256 lane,
        uint256[] accepted,
        uint256 disputeMask,
        bool goldRevealed,
        uint256 released
    );
    /// @notice A chunk was finalized with no eligible vote (no seat revealed,
    /// or every revealer failed gold) and without revealing its gold: it
    /// decided nothing, so its whole reservation went back to the unreserved
    /// escrow (`released`), its lane was freed, and it may be opened again.
    /// Emitted instead of Finalized; the seats' Settled events come first.
    event ChunkReleased(uint256 indexed campaignId, uint256 indexed chunkId, uint256 lane, uint256 released);
    /// @notice `reviewer` chose the final `labels` for the tasks in `taskMask`.
    event Resolved(
        uint256 indexed campaignId,
        uint256 indexed chunkId,
        address indexed reviewer,
        uint256 taskMask,
        uint256[] labels,
        uint256 fee,
        uint256 remainingDisputes
    );
    /// @notice Nobody ruled on the tasks in `taskMask` within the dispute
    /// window: every eligible revealed seat was paid the tier reward for each
    /// (`paid` in all), the reviewer fees went back to the escrow, and the
    /// chunk's lane was freed.
    event DisputesExpired(
        uint256 indexed campaignId, uint256 indexed chunkId, uint256 lane, uint256 taskMask, uint256 paid
    );
    /// @notice Slashed stake of `amount` tokens was sent to BURN_ADDRESS.
    event Burned(uint256 amount);
    /// @notice `account` withdrew its whole credited balance.
    event Withdrawn(address indexed account, address indexed to, uint256 amount);

    // --------------------------------------------------------------- errors

    /// @notice A relayed commit's or claim's signature is invalid, or not the seat holder's.
    error BadSignature(uint256 chunkId, uint256 seat);
    /// @notice A relayed claim's signature deadline has passed.
    error SignatureExpired(uint256 chunkId, uint256 seat);
    /// @notice No campaign has this id.
    error UnknownCampaign(uint256 campaignId);
    /// @notice A campaign parameter is out of range; `name` says which.
    error InvalidParameter(string name);
    /// @notice The campaign was reclaimed by its requester; nothing moves any more.
    error CampaignClosed(uint256 campaignId);
    /// @notice The campaign's end time passed: no new chunk opens.
    error CampaignEnded(uint256 campaignId);
    /// @notice The requester may reclaim only after `closeTime`.
    error CampaignNotOver(uint256 campaignId, uint256 closeTime);
    /// @notice Only the requester may do this.
    error NotRequester(uint256 campaignId, address caller);
    /// @notice The lane index is not below the campaign's lane count.
    error UnknownLane(uint256 lane);
    /// @notice The lane holds another chunk.
    error LaneBusy(uint256 lane);
    /// @notice The record passed does not hash to what the lane holds (another
    /// transaction changed it first, or the chunk moved on): re-read and retry.
    error StaleRecord(uint256 lane);
    /// @notice The chunk leaf is not in the campaign's manifest.
    error InvalidChunkProof(uint256 chunkId);
    /// @notice The chunk leaf has a size or tier the campaign cannot serve, or
    /// no gold commitment (every leaf commits to one).
    error InvalidChunk(uint256 chunkId);
    /// @notice The chunk was already opened (it is in a lane or done).
    error ChunkTaken(uint256 chunkId);
    /// @notice The claimer's reputation is below the chunk tier's minimum.
    error ReputationTooLow(uint256 chunkId, uint256 reputation, uint256 required);
    /// @notice Unreserved escrow cannot cover the chunk's maximum payout.
    error InsufficientEscrow(uint256 campaignId, uint256 needed, uint256 available);
    /// @notice The chunk's claim window has passed.
    error ClaimWindowClosed(uint256 chunkId);
    /// @notice Seat index out of range.
    error InvalidSeat(uint256 chunkId, uint256 seat);
    /// @notice The annotator already holds a seat of this chunk.
    error AlreadyClaimed(uint256 chunkId, address annotator);
    /// @notice The seat is held and its commit window has not lapsed.
    error SeatTaken(uint256 chunkId, uint256 seat);
    /// @notice The caller does not hold this seat.
    error NotSeatHolder(uint256 chunkId, uint256 seat);
    /// @notice The seat already committed.
    error AlreadyCommitted(uint256 chunkId, uint256 seat);
    /// @notice A zero commitment is not a commitment.
    error EmptyCommitment(uint256 chunkId);
    /// @notice The seat's commit window has passed.
    error CommitWindowClosed(uint256 chunkId, uint256 seat);
    /// @notice The seat has no commitment to reveal.
    error NotCommitted(uint256 chunkId, uint256 seat);
    /// @notice The seat already revealed.
    error AlreadyRevealed(uint256 chunkId, uint256 seat);
    /// @notice Reveals open after all k commits or after the commit phase.
    error RevealTooEarly(uint256 chunkId);
    /// @notice The reveal phase is over.
    error RevealWindowClosed(uint256 chunkId);
    /// @notice A packed label array has the wrong number of words.
    error WrongLabelCount(uint256 chunkId, uint256 got, uint256 want);
    /// @notice The revealed labels and salt do not hash to the seat's commitment.
    error CommitmentMismatch(uint256 chunkId, uint256 seat);
    /// @notice Finalize needs every seat revealed or the reveal phase over.
    error FinalizeTooEarly(uint256 chunkId);
    /// @notice The chunk was already finalized.
    error AlreadyFinalized(uint256 chunkId);
    /// @notice The chunk has gold tasks and the gold window is still open:
    /// only a finalize that reveals the gold may run.
    error GoldRequired(uint256 chunkId);
    /// @notice The revealed gold does not match the chunk's gold commitment.
    error GoldMismatch(uint256 chunkId);
    /// @notice Labels passed for a seat do not match what it revealed.
    error LabelsMismatch(uint256 chunkId, uint256 seat);
    /// @notice The tasks are not open disputes of this chunk.
    error NotDisputed(uint256 chunkId, uint256 taskMask);
    /// @notice The caller is neither the arbiter nor a senior reviewer.
    error NotReviewer(uint256 chunkId, address caller);
    /// @notice The review window belongs to senior reviewers: the arbiter
    /// may rule from `from` (chain time) on.
    error ReviewersFirst(uint256 chunkId, uint256 from);
    /// @notice Reviewers may not resolve chunks they annotated.
    error ReviewerIsAnnotator(uint256 chunkId, address caller);
    /// @notice A final label is outside the schema's range.
    error InvalidLabel(uint256 chunkId, uint256 task);
    /// @notice The chunk's dispute window is over: its disputes are settled
    /// by settleExpired, no longer ruled on.
    error DisputeExpired(uint256 chunkId, uint256 deadline);
    /// @notice Revealed gold holds more gold tasks than the campaign's maxGold.
    error TooMuchGold(uint256 chunkId, uint256 count, uint256 max);
    /// @notice Revealed single-label gold gives fewer distinct answers than
    /// min(gold tasks, labels): a fixed answer could pass it.
    error GoldNotStratified(uint256 chunkId, uint256 distinct, uint256 required);
    /// @notice The chunk's dispute window is still open.
    error DisputeWindowOpen(uint256 chunkId, uint256 deadline);
    /// @notice A closed campaign has no unreserved escrow left to reclaim.
    error NothingToReclaim(uint256 campaignId);
    /// @notice The account has no credited balance.
    error NothingToWithdraw(address account);
    /// @notice No slashed stake is waiting to be burned.
    error NothingToBurn();
    /// @notice The requester asked for more than the unreserved escrow.
    error InsufficientUnreserved(uint256 campaignId, uint256 requested, uint256 available);

    /// @param token_ the ERC-20 all campaigns of this hub pay in
    constructor(IERC20 token_) {
        if (address(token_) == address(0)) revert InvalidParameter("token");
        token = token_;
    }

    // ============================================================ requester

    /// @notice Create a campaign and pull `p.deposit` tokens (approve first).
    function createCampaign(CampaignParams calldata p) external nonReentrant returns (uint256 campaignId) {
        campaignId = _create(p);
        if (p.deposit != 0) _fund(campaignId, p.deposit);
    }

    /// @notice Create a campaign, funding it with an EIP-2612 permit.
    function createCampaignWithPermit(CampaignParams calldata p, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
        nonReentrant
        returns (uint256 campaignId)
    {
        _permit(p.deposit, deadline, v, r, s);
        campaignId = _create(p);
        if (p.deposit != 0) _fund(campaignId, p.deposit);
    }

    /// @notice Add `amount` tokens to a campaign's escrow (anyone may fund).
    function fund(uint256 campaignId, uint256 amount) external nonReentrant {
        _live(campaignId);
        _fund(campaignId, amount);
    }

    /// @notice Add escrow using an EIP-2612 permit instead of an approval.
    function fundWithPermit(uint256 campaignId, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
        nonReentrant
    {
        _live(campaignId);
        _permit(amount, deadline, v, r, s);
        _fund(campaignId, amount);
    }

    /// @notice The requester takes back `amount` of the unreserved escrow.
    function withdrawUnreserved(uint256 campaignId, uint256 amount, address to) external nonReentrant {
        CampaignLib.withdrawUnreserved(_live(campaignId), token, campaignId, amount, to);
    }

    /// @notice After the campaign's close time the requester takes the
    /// unreserved escrow and the campaign closes (no chunk opens, nothing is
    /// funded). The reservation of every chunk not yet finalized and of every
    /// open dispute stays: it is owed to annotators and reviewers, and what
    /// finalize, resolve and settleExpired release later becomes unreserved
    /// again, for a later reclaim. Credited balances are not escrow.
    function reclaim(uint256 campaignId, address to) external nonReentrant {
        CampaignLib.reclaim(_campaign(campaignId), token, campaignId, to);
    }

    // ============================================================ annotator

    /// @notice Open a chunk: prove its leaf against the manifest root, take
    /// seat 0, reserve the chunk's maximum payout, and put it in a free lane.
    function claimOpen(uint256 campaignId, uint256 lane, ChunkLeaf calldata leaf, bytes32[] calldata proof) external {
        Campaign storage c = _live(campaignId);
        uint256 chunkId = leaf.chunkId;
        if (block.timestamp >= c.endTime) revert CampaignEnded(campaignId);
        if (lane >= c.laneCount) revert UnknownLane(lane);
        if (_lanes[campaignId][lane] != FREE_LANE) revert LaneBusy(lane);
        bytes32 node = KappaRules.leafHash(leaf.chunkId, leaf.tier, leaf.size, leaf.tasksRoot, leaf.goldCommitment);
        if (!MerkleProof.verifyCalldata(proof, c.manifestRoot, node)) revert InvalidChunkProof(chunkId);
        uint256 size = leaf.size;
        // Every leaf commits to gold, an empty mask when the chunk has none,
        // so that nobody can tell which chunks hold gold before finalize.
        if (leaf.tier >= c.tierCount || size == 0 || size > MAX_CHUNK_SIZE || leaf.goldCommitment == bytes32(0)) {
            revert InvalidChunk(chunkId);
        }

        uint256 bit = 1 << (chunkId & 255);
        uint256 taken = _taken[campaignId][chunkId >> 8];
        if (taken & bit != 0) revert ChunkTaken(chunkId);
        _taken[campaignId][chunkId >> 8] = taken | bit;

        Tier memory t = c.tiers[leaf.tier];
        _checkReputation(c, chunkId, msg.sender, t.minReputation);

        uint256 k = c.k;
        uint256 reserve = size * (k * t.reward + c.reviewerFee);
        uint256 free = c.unreserved;
        if (reserve > free) revert InsufficientEscrow(campaignId, reserve, free);
        c.unreserved = uint128(free - reserve);
        c.reserved += uint128(reserve);
        _lockStake(msg.sender, size * c.stake, chunkId);

        uint256[] memory r = new uint256[](2 + 2 * k);
        r[0] = chunkId | (uint256(leaf.tier) << 64) | (size << 72) | (CHUNK_ACTIVE << 88) | (block.timestamp << 96)
            | (uint256(t.minReputation) << 216);
        r[1] = uint256(leaf.goldCommitment);
        r[2] = _seatWord(msg.sender, block.timestamp, SEAT_CLAIMED);
        _store(campaignId, lane, r);
        emit ChunkOpened(campaignId, chunkId, lane, leaf.tier, size, leaf.goldCommitment, reserve, block.timestamp);
        emit Claimed(campaignId, chunkId, msg.sender, lane, 0, block.timestamp);
    }

    /// @notice Take an empty seat of an open chunk, or a seat whose holder let
    /// the commit window lapse (the holder loses LAPSE_LOSS reputation).
    function claim(uint256 campaignId, uint256 lane, uint256[] calldata rec, uint256 seat) external {
        Campaign storage c = _live(campaignId);
        uint256[] memory r = _load(campaignId, lane, rec, c.k);
        _claimSeat(c, campaignId, lane, r, seat, msg.sender);
        _store(campaignId, lane, r);
    }

    /// @notice Relayed claims: one transaction takes several seats, each
    /// signed by its claimer over the EIP-712 struct
    /// Claim(uint256 campaignId,uint256 chunkId,uint256 seat,uint256 openedAt,uint256 replaces,uint256 deadline)
    /// as a compact EIP-2098 signature. Lets annotators claim without gas.
    /// A signature is good for one claim only (see CLAIM_TYPEHASH).
    function claimBatch(uint256 campaignId, uint256 lane, uint256[] calldata rec, SignedClaim[] calldata claims)
        external
    {
        Campaign storage c = _live(campaignId);
        uint256[] memory r = _load(campaignId, lane, rec, c.k);
        uint256 chunkId = uint64(r[0]);
        bytes32 domain = _domainSeparator();
        for (uint256 i = 0; i < claims.length; i++) {
            SignedClaim calldata sc = claims[i];
            if (block.timestamp > sc.deadline) revert SignatureExpired(chunkId, sc.seat);
            if (sc.seat >= c.k) revert InvalidSeat(chunkId, sc.seat);
            bytes32 digest = MessageHashUtils.toTypedDataHash(
                domain,
                keccak256(
                    abi.encode(
                        CLAIM_TYPEHASH, campaignId, chunkId, sc.seat, _openedAt(r[0]), r[2 + 2 * sc.seat], sc.deadline
                    )
                )
            );
            (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, sc.r, sc.vs);
            if (err != ECDSA.RecoverError.NoError) revert BadSignature(chunkId, sc.seat);
            _claimSeat(c, campaignId, lane, r, sc.seat, signer);
        }
        _store(campaignId, lane, r);
    }

    function _claimSeat(
        Campaign storage c,
        uint256 campaignId,
        uint256 lane,
        uint256[] memory r,
        uint256 seat,
        address claimer
    ) internal {
        uint256 k = c.k;
        uint256 head = r[0];
        uint256 chunkId = uint64(head);
        if (_chunkStatus(head) != CHUNK_ACTIVE) revert ClaimWindowClosed(chunkId);
        if (block.timestamp > _openedAt(head) + c.claimWindow) revert ClaimWindowClosed(chunkId);
        if (seat >= k) revert InvalidSeat(chunkId, seat);
        for (uint256 i = 0; i < k; i++) {
            uint256 w = r[2 + 2 * i];
            if (address(uint160(w)) == claimer && _seatStatus(w) != SEAT_EMPTY) {
                revert AlreadyClaimed(chunkId, claimer);
            }
        }
        uint256 s = r[2 + 2 * seat];
        uint256 st = _seatStatus(s);
        if (st != SEAT_EMPTY) {
            if (st != SEAT_CLAIMED || block.timestamp <= _claimedAt(s) + c.commitWindow) {
                revert SeatTaken(chunkId, seat);
            }
            _settle(
                campaignId,
                chunkId,
                c.requester,
                address(uint160(s)),
                Reason.Lapsed,
                0,
                0,
                0,
                -int256(_size(head) * c.stake),
                -int256(LAPSE_LOSS)
            );
        }
        // the tier's minimum reputation was copied into the header at open
        _checkReputation(c, chunkId, claimer, uint32(head >> 216));
        _lockStake(claimer, _size(head) * c.stake, chunkId);
        r[2 + 2 * seat] = _seatWord(claimer, block.timestamp, SEAT_CLAIMED);
        r[3 + 2 * seat] = 0;
        emit Claimed(campaignId, chunkId, claimer, lane, seat, block.timestamp);
    }

    /// @notice Commit keccak256(chain id, hub, campaign, chunk, annotator,
    /// packed labels, label document digest, salt) for the caller's seat.
    function commit(uint256 campaignId, uint256 lane, uint256[] calldata rec, uint256 seat, bytes32 commitment)
        external
    {
        Campaign storage c = _live(campaignId);
        uint256[] memory r = _load(campaignId, lane, rec, c.k);
        _commitSeat(c, campaignId, r, seat, msg.sender, commitment);
        _store(campaignId, lane, r);
    }

    /// @notice Relayed commits: one transaction carries several seats'
    /// commitments, each signed by its seat holder over the EIP-712 struct
    /// Commit(uint256 campaignId,uint256 chunkId,uint256 seat,uint256 claimedAt,bytes32 commitment)
    /// (domain "KappaHub", version "1"), as a compact EIP-2098 signature (r, vs).
    /// Saves the relayer k-1 transactions and k-1 lane writes.
    function commitBatch(uint256 campaignId, uint256 lane, uint256[] calldata rec, SignedCommit[] calldata commits)
        external
    {
        Campaign storage c = _live(campaignId);
        uint256[] memory r = _load(campaignId, lane, rec, c.k);
        uint256 chunkId = uint64(r[0]);
        for (uint256 i = 0; i < commits.length; i++) {
            SignedCommit calldata sc = commits[i];
            if (sc.seat >= c.k) revert InvalidSeat(chunkId, sc.seat);
            uint256 s = r[2 + 2 * sc.seat];
            bytes32 digest = MessageHashUtils.toTypedDataHash(
                _domainSeparator(),
                keccak256(abi.encode(COMMIT_TYPEHASH, campaignId, chunkId, sc.seat, _claimedAt(s), sc.commitment))
            );
            (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, sc.r, sc.vs);
            if (err != ECDSA.RecoverError.NoError || signer != address(uint160(s))) {
                revert BadSignature(chunkId, sc.seat);
            }
            _commitSeat(c, campaignId, r, sc.seat, signer, sc.commitment);
        }
        _store(campaignId, lane, r);
    }

    /// @notice Reveal a seat's labels and salt. Anyone holding the preimage may
    /// reveal (the commitment binds the annotator), so a relayer can too.
    /// @param labelDoc sha2-256 digest of the annotator's signed label
    /// document: its CID is CIDv1(raw, sha2-256(labelDoc)) (docs/PROTOCOL.md)
    function reveal(
        uint256 campaignId,
        uint256 lane,
        uint256[] calldata rec,
        uint256 seat,
        uint256[] calldata labels,
        bytes32 salt,
        bytes32 labelDoc
    ) external {
        Campaign storage c = _live(campaignId);
        uint256[] memory r = _load(campaignId, lane, rec, c.k);
        _revealSeat(c, campaignId, r, seat, labels, salt, labelDoc);
        _store(campaignId, lane, r);
    }

    /// @notice The last committer of a chunk commits and reveals at once: once
    /// its commitment completes the k commits, every other seat is bound, so
    /// revealing in the same transaction hides nothing anyone could exploit
    /// and saves the chunk a transaction. Reverts RevealTooEarly unless this
    /// commit is the k-th.
    function commitAndReveal(
        uint256 campaignId,
        uint256 lane,
        uint256[] calldata rec,
        uint256 seat,
        uint256[] calldata labels,
        bytes32 salt,
        bytes32 labelDoc
    ) external {
        Campaign storage c = _live(campaignId);
        uint256[] memory r = _load(campaignId, lane, rec, c.k);
        uint256 chunkId = uint64(r[0]);
        bytes32 h =
            KappaRules.commitment(block.chainid, address(this), campaignId, chunkId, msg.sender, labels, labelDoc, salt);
        _commitSeat(c, campaignId, r, seat, msg.sender, h);
        if (uint40(r[0] >> 136) == 0) revert RevealTooEarly(chunkId);
        _revealSeat(c, campaignId, r, seat, labels, salt, labelDoc);
        _store(campaignId, lane, r);
    }

    /// @notice Relayed reveals: several seats' reveals in one transaction.
    /// No signature is needed: only the holder of a commitment's preimage can
    /// open it, and the commitment binds the annotator.
    function revealBatch(uint256 campaignId, uint256 lane, uint256[] calldata rec, SeatReveal[] calldata reveals)
        external
    {
        Campaign storage c = _live(campaignId);
        uint256[] memory r = _load(campaignId, lane, rec, c.k);
        for (uint256 i = 0; i < reveals.length; i++) {
            SeatReveal calldata sr = reveals[i];
            _revealSeat(c, campaignId, r, sr.seat, sr.labels, sr.salt, sr.labelDoc);
        }
        _store(campaignId, lane, r);
    }

    /// @dev EIP-712 domain: name "KappaHub", version "1", this chain and hub.
    /// (Not OpenZeppelin's EIP712 base: its eip712Domain() would clash with
    /// the token's in the one Go bindings package.)
    function _domainSeparator() internal view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, keccak256("KappaHub"), keccak256("1"), block.chainid, address(this)));
    }

    function _commitSeat(
        Campaign storage c,
        uint256 campaignId,
        uint256[] memory r,
        uint256 seat,
        address annotator,
        bytes32 commitment
    ) internal {
        uint256 k = c.k;
        uint256 head = r[0];
        uint256 chunkId = uint64(head);
        if (seat >= k) revert InvalidSeat(chunkId, seat);
        uint256 s = r[2 + 2 * seat];
        if (address(uint160(s)) != annotator || _seatStatus(s) == SEAT_EMPTY) revert NotSeatHolder(chunkId, seat);
        if (_seatStatus(s) != SEAT_CLAIMED || _chunkStatus(head) != CHUNK_ACTIVE) {
            revert AlreadyCommitted(chunkId, seat);
        }
        if (block.timestamp > _claimedAt(s) + c.commitWindow) revert CommitWindowClosed(chunkId, seat);
        if (commitment == bytes32(0)) revert EmptyCommitment(chunkId);
        r[2 + 2 * seat] = (s & ~(uint256(0xff) << 200)) | (SEAT_COMMITTED << 200);
        r[3 + 2 * seat] = uint256(commitment);
        uint256 revealAt;
        uint256 committed;
        for (uint256 i = 0; i < k; i++) {
            if (_seatStatus(r[2 + 2 * i]) == SEAT_COMMITTED) committed++;
        }
        if (committed == k) {
            revealAt = block.timestamp;
            r[0] = head | (revealAt << 136);
        }
        emit Committed(campaignId, chunkId, annotator, seat, commitment, revealAt);
    }

    function _revealSeat(
        Campaign storage c,
        uint256 campaignId,
        uint256[] memory r,
        uint256 seat,
        uint256[] calldata labels,
        bytes32 salt,
        bytes32 labelDoc
    ) internal {
        uint256 head = r[0];
        uint256 chunkId = uint64(head);
        if (seat >= c.k) revert InvalidSeat(chunkId, seat);
        uint256 s = r[2 + 2 * seat];
        uint256 st = _seatStatus(s);
        if (st == SEAT_REVEALED || st == SEAT_EXCLUDED) revert AlreadyRevealed(chunkId, seat);
        if (st != SEAT_COMMITTED || _chunkStatus(head) != CHUNK_ACTIVE) revert NotCommitted(chunkId, seat);
        uint256 revealAt = uint40(head >> 136);
        if (revealAt == 0) {
            revealAt = _openedAt(head) + c.claimWindow + c.commitWindow;
            if (block.timestamp <= revealAt) revert RevealTooEarly(chunkId);
        }
        if (block.timestamp > revealAt + c.revealWindow) revert RevealWindowClosed(chunkId);
        uint256 words = _words(_size(head), c.labelBits);
        if (labels.length != words) revert WrongLabelCount(chunkId, labels.length, words);
        address annotator = address(uint160(s));
        bytes32 h =
            KappaRules.commitment(block.chainid, address(this), campaignId, chunkId, annotator, labels, labelDoc, salt);
        if (h != bytes32(r[3 + 2 * seat])) revert CommitmentMismatch(chunkId, seat);
        r[2 + 2 * seat] = (s & ~(uint256(0xff) << 200)) | (SEAT_REVEALED << 200);
        r[3 + 2 * seat] = uint256(keccak256(abi.encodePacked(labels)));
        emit Revealed(campaignId, chunkId, annotator, seat, labels, labelDoc);
    }

    /// @notice Tally a chunk once every seat revealed or the reveal phase is
    /// over: credit agreeing annotators, settle reputations, open disputes for
    /// tasks without quorum, and release the unused reservation.
    /// @param labels the packed labels of every REVEALED seat, concatenated in
    /// seat order (words per seat = ceil(size * labelBits / 256))
    /// @param gold the gold preimage (every chunk commits to one, an empty
    /// mask when it has no gold tasks): required while the gold window is
    /// open; after it, anyone may finalize without it, by quorum alone
    function finalize(
        uint256 campaignId,
        uint256 lane,
        uint256[] calldata rec,
        uint256[] calldata labels,
        Gold calldata gold
    ) external {
        Campaign storage c = _campaign(campaignId); // a reclaimed campaign still pays what it owes
        Tally memory t;
        t.k = c.k;
        uint256[] memory r = _load(campaignId, lane, rec, t.k);
        uint256 head = r[0];
        t.chunkId = uint64(head);
        if (_chunkStatus(head) != CHUNK_ACTIVE) revert AlreadyFinalized(t.chunkId);
        t.size = _size(head);
        t.bits = c.labelBits;
        t.words = _words(t.size, t.bits);
        {
            uint256 revealEnd = uint40(head >> 136);
            if (revealEnd == 0) revealEnd = _openedAt(head) + c.claimWindow + c.commitWindow;
            revealEnd += c.revealWindow;
            bool allRevealed = true;
            for (uint256 i = 0; i < t.k; i++) {
                if (_seatStatus(r[2 + 2 * i]) != SEAT_REVEALED) allRevealed = false;
            }
            if (!allRevealed && block.timestamp <= revealEnd) revert FinalizeTooEarly(t.chunkId);
            bytes32 gc = bytes32(r[1]);
            if (gc != bytes32(0)) {
                if (gold.present) {
                    if (
                        gold.mask.length != t.words || gold.labels.length != t.words
                            || KappaRules.goldCommitment(gold.mask, gold.labels, gold.salt) != gc
                    ) revert GoldMismatch(t.chunkId);
                    t.gold = true;
                } else if (block.timestamp <= revealEnd + c.goldWindow) {
                    revert GoldRequired(t.chunkId);
                }
            }
        }
        _bindLabels(t, r, labels);
        uint256[] memory accepted = _tally(t, labels, gold, c.q, c.multiLabel ? (1 << c.numLabels) : c.numLabels, c.maxGoldMisses);
        if (t.gold) _checkGold(t, gold, c);
        // No eligible vote (nobody revealed, or every revealer failed gold)
        // and gold still secret: the chunk decided nothing, and goes back to
        // the pool below. With its gold revealed it could not be reopened
        // (the gold would be public): its tasks go to the reviewers instead,
        // as disputes, like any task without a quorum.
        bool noVote = !t.gold;
        for (uint256 i = 0; i < t.k; i++) {
            if (_seatStatus(r[2 + 2 * i]) == SEAT_REVEALED && t.excluded & (1 << i) == 0) {
                noVote = false;
                break;
            }
        }

        // settle every seat: one account write each
        Tier memory tier = c.tiers[uint8(head >> 64)];
        address ledger = c.requester;
        int256 stake = int256(t.size * c.stake);
        uint256 paid;
        for (uint256 i = 0; i < t.k; i++) {
            uint256 s = r[2 + 2 * i];
            uint256 st = _seatStatus(s);
            if (st == SEAT_EMPTY) continue;
            address a = address(uint160(s));
            if (st != SEAT_REVEALED) {
                _settle(campaignId, t.chunkId, ledger, a, Reason.NoReveal, 0, 0, 0, -stake, -int256(NO_REVEAL_LOSS * t.size));
                r[2 + 2 * i] = (s & ~(uint256(0xff) << 200)) | (SEAT_EXCLUDED << 200);
            } else if (t.excluded & (1 << i) != 0) {
                uint256 misses = t.goldMisses[i];
                _settle(
                    campaignId, t.chunkId, ledger, a, Reason.GoldFailed, 0, misses, 0, -stake, -int256(GOLD_MISS_LOSS * misses)
                );
                r[2 + 2 * i] = (s & ~(uint256(0xff) << 200)) | (SEAT_EXCLUDED << 200);
            } else {
                uint256 m = t.matched[i];
                uint256 pay = m * tier.reward;
                paid += pay;
                // Reputation moves only with ground truth: the gold tasks
                // (agreeing with a quorum pays, but a quorum may be the
                // agreeing parties themselves).
                uint256 gm = t.goldMisses[i];
                _settle(
                    campaignId,
                    t.chunkId,
                    ledger,
                    a,
                    Reason.Consensus,
                    m,
                    t.missed[i],
                    pay,
                    stake,
                    int256((t.goldCount - gm) * AGREE_GAIN) - int256(gm * DISAGREE_LOSS)
                );
            }
        }

        uint256 perTask = t.k * tier.reward + c.reviewerFee;
        if (noVote) {
            // Nothing was paid (no seat was eligible): release the whole
            // reservation, free the lane and let the chunk be opened again,
            // so a chunk nobody labels never holds escrow or a lane for good.
            uint256 all = t.size * perTask;
            c.reserved -= uint128(all);
            c.unreserved += uint128(all);
            _lanes[campaignId][lane] = FREE_LANE;
            _taken[campaignId][t.chunkId >> 8] &= ~(uint256(1) << (t.chunkId & 255));
            emit ChunkReleased(campaignId, t.chunkId, lane, all);
            return;
        }

        // escrow: keep the reservation of disputed tasks, release the rest
        uint256 release = (t.size - _popcount(t.disputes)) * perTask;
        c.reserved -= uint128(release);
        c.unreserved += uint128(release - paid);

        if (t.disputes == 0) {
            _lanes[campaignId][lane] = FREE_LANE;
        } else {
            r[0] = (head & ~(uint256(0xff) << 88) & ~(uint256(type(uint40).max) << 176)) | (CHUNK_DISPUTED << 88)
                | (block.timestamp << 176);
            r[1] = t.disputes;
            _store(campaignId, lane, r);
        }
        emit Finalized(campaignId, t.chunkId, lane, accepted, t.disputes, t.gold, release - paid);
    }

    /// @notice Resolve disputed tasks of a chunk by choosing their final labels.
    /// The caller must be the campaign's arbiter or have the senior reputation,
    /// and must not hold a seat of the chunk. Earns reviewerFee per task;
    /// annotators who gave the final label are paid the tier reward.
    /// @param labels the packed labels of every REVEALED seat, in seat order
    /// @param taskMask the disputed tasks to resolve (bit t = task t)
    /// @param finalLabels packed final labels (only tasks in taskMask are read)
    function resolve(
        uint256 campaignId,
        uint256 lane,
        uint256[] calldata rec,
        uint256[] calldata labels,
        uint256 taskMask,
        uint256[] calldata finalLabels
    ) external {
        Campaign storage c = _campaign(campaignId);
        Tally memory t;
        t.k = c.k;
        uint256[] memory r = _load(campaignId, lane, rec, t.k);
        uint256 head = r[0];
        t.chunkId = uint64(head);
        if (_chunkStatus(head) != CHUNK_DISPUTED || taskMask == 0 || taskMask & ~r[1] != 0) {
            revert NotDisputed(t.chunkId, taskMask);
        }
        {
            uint256 deadline = uint40(head >> 176) + uint256(c.disputeWindow);
            if (block.timestamp > deadline) revert DisputeExpired(t.chunkId, deadline);
        }
        for (uint256 i = 0; i < t.k; i++) {
            if (address(uint160(r[2 + 2 * i])) == msg.sender) revert ReviewerIsAnnotator(t.chunkId, msg.sender);
        }
        // The requester is never a reviewer of its own campaign, whatever
        // its reputation: its money is at stake in every ruling. Senior
        // reviewers rule first: the arbiter (unless senior itself) only
        // after the review window.
        if (msg.sender == c.requester) revert NotReviewer(t.chunkId, msg.sender);
        if (reputationOf(msg.sender, c.reputationSource) < c.seniorReputation) {
            if (msg.sender != c.arbiter) revert NotReviewer(t.chunkId, msg.sender);
            uint256 from = uint40(head >> 176) + uint256(c.reviewWindow);
            if (block.timestamp < from) revert ReviewersFirst(t.chunkId, from);
        }
        t.size = _size(head);
        t.bits = c.labelBits;
        t.words = _words(t.size, t.bits);
        if (finalLabels.length != t.words) revert WrongLabelCount(t.chunkId, finalLabels.length, t.words);
        _bindLabels(t, r, labels);

        uint256 lmask = (1 << t.bits) - 1;
        uint256 perWord = 256 / t.bits;
        uint256 limit = c.multiLabel ? (1 << c.numLabels) : c.numLabels;
        for (uint256 task = 0; task < t.size; task++) {
            if (taskMask & (1 << task) == 0) continue;
            uint256 w = task / perWord;
            uint256 shift = (task % perWord) * t.bits;
            uint256 v = (finalLabels[w] >> shift) & lmask;
            if (v >= limit) revert InvalidLabel(t.chunkId, task);
            for (uint256 i = 0; i < t.k; i++) {
                if (t.revealed & (1 << i) == 0) continue;
                if ((labels[t.base[i] + w] >> shift) & lmask == v) t.matched[i]++;
                else t.missed[i]++;
            }
        }

        Tier memory tier = c.tiers[uint8(head >> 64)];
        uint256 paid;
        for (uint256 i = 0; i < t.k; i++) {
            if (t.revealed & (1 << i) == 0) continue;
            uint256 m = t.matched[i];
            uint256 x = t.missed[i];
            uint256 pay = m * tier.reward;
            paid += pay;
            _settle(
                campaignId,
                t.chunkId,
                c.requester,
                address(uint160(r[2 + 2 * i])),
                Reason.DisputeResolved,
                m,
                x,
                pay,
                0,
                int256(m * AGREE_GAIN) - int256(x * DISAGREE_LOSS)
            );
        }
        uint256 n = _popcount(taskMask);
        uint256 fee = n * c.reviewerFee;
        _settle(campaignId, t.chunkId, c.requester, msg.sender, Reason.ReviewFee, n, 0, fee, 0, 0);

        uint256 release = n * (t.k * tier.reward + c.reviewerFee);
        c.reserved -= uint128(release);
        c.unreserved += uint128(release - paid - fee);

        uint256 remaining = r[1] & ~taskMask;
        if (remaining == 0) {
            _lanes[campaignId][lane] = FREE_LANE;
        } else {
            r[1] = remaining;
            _store(campaignId, lane, r);
        }
        emit Resolved(campaignId, t.chunkId, msg.sender, taskMask, finalLabels, fee, remaining);
    }

    /// @notice Settle a chunk's disputes nobody ruled on within the dispute
    /// window: every seat that revealed and passed gold is paid the tier
    /// reward for each such task (reputation unchanged: there is no ground
    /// truth to judge it by), the unearned reviewer fees return to the
    /// escrow, and the lane is freed. Anyone may call it. The requester chose
    /// the arbiter who did not act, so the requester bears the cost, not the
    /// annotators; and a requester can no longer let disputes run out to keep
    /// their reservation.
    function settleExpired(uint256 campaignId, uint256 lane, uint256[] calldata rec) external {
        Campaign storage c = _campaign(campaignId);
        uint256 k = c.k;
        uint256[] memory r = _load(campaignId, lane, rec, k);
        uint256 head = r[0];
        uint256 chunkId = uint64(head);
        uint256 mask = r[1];
        if (_chunkStatus(head) != CHUNK_DISPUTED) revert NotDisputed(chunkId, 0);
        uint256 deadline = uint40(head >> 176) + uint256(c.disputeWindow);
        if (block.timestamp <= deadline) revert DisputeWindowOpen(chunkId, deadline);
        uint256 n = _popcount(mask);
        Tier memory tier = c.tiers[uint8(head >> 64)];
        uint256 paid;
        for (uint256 i = 0; i < k; i++) {
            uint256 s = r[2 + 2 * i];
            if (_seatStatus(s) != SEAT_REVEALED) continue; // finalize marked the others excluded
            uint256 pay = n * tier.reward;
            paid += pay;
            _settle(campaignId, chunkId, c.requester, address(uint160(s)), Reason.DisputeExpired, n, 0, pay, 0, 0);
        }
        uint256 release = n * (k * tier.reward + c.reviewerFee);
        c.reserved -= uint128(release);
        c.unreserved += uint128(release - paid);
        _lanes[campaignId][lane] = FREE_LANE;
        emit DisputesExpired(campaignId, chunkId, lane, mask, paid);
    }

    /// @notice Withdraw the caller's credited balance (earned across all
    /// chunks and campaigns of this hub, and stake deposited and not locked)
    /// above `keep` to `to`, in one transfer: `keep` 0 takes everything; an
    /// annotator who goes on working keeps its stake deposited (no deposit,
    /// and no allowance to set again, after the withdrawal).
    function withdraw(address to, uint256 keep) external nonReentrant {
        _withdraw(to, keep);
    }

    /// @notice Add `amount` tokens to the caller's credited balance (approve
    /// first), to lock as stake when claiming seats. Withdraw takes back
    /// whatever is not locked.
    function deposit(uint256 amount) external nonReentrant {
        _settle(0, 0, address(0), msg.sender, Reason.Deposit, 0, 0, CampaignLib.pull(token, amount), 0, 0);
    }

    /// @notice Send every slashed stake not yet burned to BURN_ADDRESS.
    /// Anyone may call it; slashed stake belongs to nobody (docs/PROTOCOL.md).
    function burn() external nonReentrant {
        uint256 amount = unburned;
        if (amount == 0) revert NothingToBurn();
        unburned = 0;
        emit Burned(amount);
        token.safeTransfer(BURN_ADDRESS, amount);
    }

    // ================================================================ views

    /// @notice Everything a client shows about a campaign.
    function campaignInfo(uint256 campaignId) external view returns (CampaignInfo memory info) {
        return CampaignLib.info(_campaign(campaignId));
    }

    /// @notice Unreserved and reserved escrow of a campaign.
    function escrowOf(uint256 campaignId) external view returns (uint256 unreserved, uint256 reserved) {
        Campaign storage c = _campaign(campaignId);
        return (c.unreserved, c.reserved);
    }

    /// @notice The record hash a lane holds (bytes32(1) = free).
    function laneHash(uint256 campaignId, uint256 lane) external view returns (bytes32) {
        return _lanes[campaignId][lane];
    }

    /// @notice The record hashes of every lane of a campaign (bytes32(1) = free).
    function laneHashes(uint256 campaignId) external view returns (bytes32[] memory hashes) {
        Campaign storage c = _campaign(campaignId);
        hashes = new bytes32[](c.laneCount);
        for (uint256 i = 0; i < hashes.length; i++) {
            hashes[i] = _lanes[campaignId][i];
        }
    }

    /// @notice Whether a chunk was ever opened (in a lane now, or done).
    function chunkTaken(uint256 campaignId, uint256 chunkId) external view returns (bool) {
        return _taken[campaignId][chunkId >> 8] & (1 << (chunkId & 255)) != 0;
    }

    // ============================================================ internals

    /// @dev Working state of one tally, kept in memory to avoid stack limits.
    struct Tally {
        uint256 k;
        uint256 chunkId;
        uint256 size;
        uint256 bits;
        uint256 words;
        uint256 revealed; // bit i: seat i revealed
        uint256 excluded; // bit i: seat i failed gold
        bool gold; // gold revealed
        uint256 disputes; // bit t: task t has no quorum
        uint256[MAX_K] base; // index of seat i's first word in `labels`
        uint256[MAX_K] matched;
        uint256[MAX_K] missed;
        uint256[MAX_K] goldMisses;
        uint256 goldCount; // gold tasks revealed
    }

    /// @dev Revealed gold must hold at most maxGold tasks and, for a single
    /// label schema, cover min(gold tasks, numLabels) distinct answers, so
    /// that no fixed answer passes two gold tasks (a requester's false gold
    /// on every task, or gold all of one class, is refused; the chunk then
    /// finalizes without gold after the gold window, by quorum). Distinct
    /// answers are counted modulo 256 (a 256-bit set), which can only
    /// undercount: a requester with more than 256 classes picks gold whose
    /// classes differ modulo 256.
    function _checkGold(Tally memory t, Gold calldata gold, Campaign storage c) internal view {
        if (t.goldCount > c.maxGold) revert TooMuchGold(t.chunkId, t.goldCount, c.maxGold);
        if (c.multiLabel || t.goldCount < 2) return;
        uint256 b = t.bits;
        uint256 field = (1 << b) - 1;
        uint256 perWord = 256 / b;
        uint256 seen;
        for (uint256 w = 0; w < t.words; w++) {
            uint256 g = gold.mask[w];
            if (g == 0) continue;
            uint256 gl = gold.labels[w];
            for (uint256 f = 0; f < perWord && w * perWord + f < t.size; f++) {
                if ((g >> (f * b)) & 1 != 0) seen |= 1 << (((gl >> (f * b)) & field) & 255);
            }
        }
        uint256 distinct = _popcount(seen);
        uint256 required = t.goldCount < c.numLabels ? t.goldCount : c.numLabels;
        if (distinct < required) revert GoldNotStratified(t.chunkId, distinct, required);
    }

    /// @dev Check that `labels` holds exactly the revealed seats' labels.
    function _bindLabels(Tally memory t, uint256[] memory r, uint256[] calldata labels) internal pure {
        uint256 next;
        for (uint256 i = 0; i < t.k; i++) {
            if (_seatStatus(r[2 + 2 * i]) != SEAT_REVEALED) continue;
            t.revealed |= 1 << i;
            t.base[i] = next;
            next += t.words;
        }
        if (labels.length != next) revert WrongLabelCount(t.chunkId, labels.length, next);
        for (uint256 i = 0; i < t.k; i++) {
            if (t.revealed & (1 << i) == 0) continue;
            bytes32 h;
            uint256 off = t.base[i];
            uint256 n = t.words;
            assembly ("memory-safe") {
                let p := mload(0x40)
                calldatacopy(p, add(labels.offset, mul(off, 32)), mul(n, 32))
                h := keccak256(p, mul(n, 32))
            }
            if (h != bytes32(r[3 + 2 * i])) revert LabelsMismatch(t.chunkId, i);
        }
    }

    /// @dev The tally, word-parallel (SWAR): every label field of a word is
    /// compared at once. A "low mask" has the lowest bit of each selected
    /// field set. Gold tasks take the gold answer; other tasks take the valid
    /// value at least q eligible seats gave (unique since 2q > k). Seats that
    /// miss more than maxGoldMisses gold tasks are excluded from the vote.
    function _tally(Tally memory t, uint256[] calldata labels, Gold calldata gold, uint256 q, uint256 limit, uint256 maxGoldMisses)
        internal
        pure
        returns (uint256[] memory accepted)
    {
        accepted = new uint256[](t.words);
        uint256 b = t.bits;
        uint256 k = t.k;
        uint256 field = (1 << b) - 1;
        uint256 low = type(uint256).max / field; // 1 in the lowest bit of every field
        if (t.gold) {
            for (uint256 w = 0; w < t.words; w++) {
                uint256 lowW = _lowMask(low, b, t.size, w);
                uint256 g = gold.mask[w] & lowW;
                if (g == 0) continue;
                t.goldCount += _popcount(g);
                uint256 gl = gold.labels[w];
                for (uint256 i = 0; i < k; i++) {
                    if (t.revealed & (1 << i) == 0) continue;
                    uint256 miss = g & ~_eqLow(labels[t.base[i] + w], gl, b, low);
                    t.goldMisses[i] += _popcount(miss);
                }
            }
            for (uint256 i = 0; i < k; i++) {
                if (t.goldMisses[i] > maxGoldMisses) t.excluded |= 1 << i;
            }
        }
        uint256 eligible = t.revealed & ~t.excluded;
        uint256[MAX_K] memory base = t.base;
        uint256[MAX_K] memory matched = t.matched;
        uint256[MAX_K] memory missed = t.missed;
        uint256[] calldata gm = gold.mask;
        uint256[] calldata gls = gold.labels;
        bool goldOn = t.gold;
        uint256 size = t.size;
        uint256 words = t.words;
        uint256 disputes = t.disputes;
        // The word loop in Yul: this is the hot path of finalize, and the
        // Solidity version spent most of its gas on array bounds checks and
        // memory bookkeeping. Semantics are exactly those of protocol.Tally
        // (cross-checked by TestInvariants on every finalize).
        assembly ("memory-safe") {
            function popcnt(x) -> n {
                let m1 := div(not(0), 3)
                let m2 := div(not(0), 5)
                let m4 := div(not(0), 17)
                let m8 := div(not(0), 257)
                x := sub(x, and(shr(1, x), m1))
                x := add(and(x, m2), and(shr(2, x), m2))
                x := and(add(x, shr(4, x)), m4)
                x := and(add(x, shr(8, x)), m8)
                n := shr(240, mul(x, div(not(0), 65535)))
            }
            function eqLow(x, y, bw, lo) -> e {
                let z := xor(x, y)
                if gt(bw, 1) { z := or(z, shr(1, z)) }
                if gt(bw, 2) { z := or(z, shr(2, z)) }
                if gt(bw, 4) { z := or(z, shr(4, z)) }
                if gt(bw, 8) { z := or(z, shr(8, z)) }
                if gt(bw, 16) { z := or(z, shr(16, z)) }
                e := and(not(z), lo)
            }
            function atLeast(c0, c1, c2, n) -> r {
                switch n
                case 0 { r := not(0) }
                case 1 { r := or(c0, or(c1, c2)) }
                case 2 { r := or(c1, c2) }
                case 3 { r := or(c2, and(c1, c0)) }
                case 4 { r := c2 }
                case 5 { r := and(c2, or(c1, c0)) }
                case 6 { r := and(c2, c1) }
                default { r := and(c2, and(c1, c0)) }
            }
            let perWord := div(256, b)
            let need := sub(q, 1)
            // for the valid-range test: even and odd fields apart, so that each
            // sum carries into a free field: v >= limit iff v + 2^b - limit carries
            let allValid := iszero(iszero(shr(b, limit)))
            let lowEven := div(not(0), sub(shl(mul(2, b), 1), 1))
            let evenFull := mul(lowEven, field)
            let addC := mul(lowEven, sub(shl(b, 1), limit))
            let scratch := mload(0x40) // temporary: lw, valid, c0, c1, c2 (8 words each)
            for { let w := 0 } lt(w, words) { w := add(w, 1) } {
                let lowW := low
                {
                    let first := mul(w, perWord)
                    if lt(size, add(first, perWord)) { lowW := and(low, sub(shl(mul(sub(size, first), b), 1), 1)) }
                }
                let g := 0
                let gl := 0
                if goldOn {
                    g := and(calldataload(add(gm.offset, mul(w, 32))), lowW)
                    gl := calldataload(add(gls.offset, mul(w, 32)))
                }
                let ng := and(lowW, not(g))
                for { let i := 0 } lt(i, k) { i := add(i, 1) } {
                    let o := add(scratch, mul(i, 32))
                    mstore(add(o, 0x200), 0)
                    mstore(add(o, 0x300), 0)
                    mstore(add(o, 0x400), 0)
                    if and(eligible, shl(i, 1)) {
                        let x := calldataload(add(labels.offset, mul(add(mload(add(base, mul(i, 32))), w), 32)))
                        mstore(o, x)
                        let v := lowW
                        if iszero(allValid) {
                            let geE := and(shr(b, add(and(x, evenFull), addC)), lowEven)
                            let geO := and(shr(b, add(and(shr(b, x), evenFull), addC)), lowEven)
                            v := and(lowW, not(or(geE, shl(b, geO))))
                        }
                        mstore(add(o, 0x100), v)
                    }
                }
                // each pair of eligible seats compared once; bit-sliced counters
                // (c2 c1 c0) count, per field, the other seats agreeing
                for { let i := 0 } lt(i, k) { i := add(i, 1) } {
                    if and(eligible, shl(i, 1)) {
                        let oi := add(scratch, mul(i, 32))
                        for { let j := add(i, 1) } lt(j, k) { j := add(j, 1) } {
                            if and(eligible, shl(j, 1)) {
                                let oj := add(scratch, mul(j, 32))
                                let e := eqLow(mload(oi), mload(oj), b, low)
                                for { let n := 0 } lt(n, 2) { n := add(n, 1) } {
                                    let o := oi
                                    if n { o := oj }
                                    let c0 := mload(add(o, 0x200))
                                    let c1 := mload(add(o, 0x300))
                                    let carry := and(c0, e)
                                    mstore(add(o, 0x200), xor(c0, e))
                                    mstore(add(o, 0x400), or(mload(add(o, 0x400)), and(c1, carry)))
                                    mstore(add(o, 0x300), xor(c1, carry))
                                }
                            }
                        }
                    }
                }
                let acceptedLow := 0
                let acc := and(gl, mul(g, field))
                for { let i := 0 } lt(i, k) { i := add(i, 1) } {
                    if and(eligible, shl(i, 1)) {
                        let o := add(scratch, mul(i, 32))
                        let mi := and(and(atLeast(mload(add(o, 0x200)), mload(add(o, 0x300)), mload(add(o, 0x400)), need), mload(add(o, 0x100))), ng)
                        mstore(add(o, 0x200), mi) // reuse: seat i's quorum fields
                        acceptedLow := or(acceptedLow, mi)
                        acc := or(acc, and(mload(o), mul(mi, field)))
                    }
                }
                mstore(add(add(accepted, 32), mul(w, 32)), acc)
                let decided := or(acceptedLow, g)
                for { let i := 0 } lt(i, k) { i := add(i, 1) } {
                    if and(eligible, shl(i, 1)) {
                        let o := add(scratch, mul(i, 32))
                        let hit := mload(add(o, 0x200))
                        if g { hit := or(hit, and(g, eqLow(mload(o), gl, b, low))) }
                        let mp := add(matched, mul(i, 32))
                        mstore(mp, add(mload(mp), popcnt(hit)))
                        let xp := add(missed, mul(i, 32))
                        mstore(xp, add(mload(xp), popcnt(and(decided, not(hit)))))
                    }
                }
                let open := and(ng, not(acceptedLow))
                if open {
                    // rare path: turn the field mask into task bits
                    for { let j := 0 } lt(j, perWord) { j := add(j, 1) } {
                        if and(open, shl(mul(j, b), 1)) { disputes := or(disputes, shl(add(mul(w, perWord), j), 1)) }
                    }
                }
            }
        }
        t.disputes = disputes;
    }

    /// @dev Low mask of the fields of word w that hold tasks of the chunk.
    function _lowMask(uint256 low, uint256 b, uint256 size, uint256 w) internal pure returns (uint256) {
        uint256 perWord = 256 / b;
        uint256 first = w * perWord;
        if (size >= first + perWord) return low;
        return low & ((1 << ((size - first) * b)) - 1);
    }

    /// @dev Low mask of the fields where x and y are equal: OR-fold each
    /// field's bits of x ^ y into its lowest bit.
    function _eqLow(uint256 x, uint256 y, uint256 b, uint256 low) internal pure returns (uint256) {
        uint256 z = x ^ y;
        if (b > 1) z |= z >> 1;
        if (b > 2) z |= z >> 2;
        if (b > 4) z |= z >> 4;
        if (b > 8) z |= z >> 8;
        if (b > 16) z |= z >> 16;
        return ~z & low;
    }

    /// @dev Low mask (within lowW) of the fields of x whose value is below limit.
    /// Even and odd fields are handled apart so that each sum has a free field
    /// above it to carry into: field >= limit iff v + (2^b - limit) carries.
    function _ltMask(uint256 x, uint256 b, uint256 limit, uint256 lowW, uint256 low) internal pure returns (uint256) {
        if (limit >> b != 0) return lowW;
        uint256 field = (1 << b) - 1;
        uint256 lowEven = type(uint256).max / ((1 << (2 * b)) - 1);
        uint256 evenFull = lowEven * field;
        uint256 add = lowEven * ((1 << b) - limit);
        uint256 geEven = (((x & evenFull) + add) >> b) & lowEven;
        uint256 geOdd = ((((x >> b) & evenFull) + add) >> b) & lowEven;
        return lowW & ~(geEven | (geOdd << b)) & low;
    }

    /// @dev Low mask of the fields whose 3-bit sliced count (c2 c1 c0) is >= n.
    function _atLeast(uint256 c0, uint256 c1, uint256 c2, uint256 n) internal pure returns (uint256) {
        if (n == 0) return type(uint256).max;
        if (n == 1) return c0 | c1 | c2;
        if (n == 2) return c1 | c2;
        if (n == 3) return c2 | (c1 & c0);
        if (n == 4) return c2;
        if (n == 5) return c2 & (c1 | c0);
        if (n == 6) return c2 & c1;
        return c2 & c1 & c0;
    }

    function _create(CampaignParams calldata p) internal returns (uint256 id) {
        id = ++campaignCount;
        CampaignLib.create(_campaigns[id], _lanes[id], id, p);
    }

    function _fund(uint256 campaignId, uint256 amount) internal {
        CampaignLib.fund(_campaigns[campaignId], token, campaignId, amount);
    }

    function _permit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) internal {
        // A front-runner may have used the permit already; the transfer that
        // follows fails anyway if the allowance is missing.
        try IERC20Permit(address(token)).permit(msg.sender, address(this), amount, deadline, v, r, s) {} catch {}
    }

    function _withdraw(address to, uint256 keep) internal {
        uint256 amount = _takeBalance(msg.sender, keep);
        if (amount == 0) revert NothingToWithdraw(msg.sender);
        emit Withdrawn(msg.sender, to, amount);
        token.safeTransfer(to, amount);
    }

    /// @dev A tier without a minimum reads nothing: most claims skip the
    /// campaign's source slot and the claimer's reputation word.
    function _checkReputation(Campaign storage c, uint256 chunkId, address who, uint256 required) internal view {
        if (required == 0) return;
        uint256 rep = reputationOf(who, c.reputationSource);
        if (rep < required) revert ReputationTooLow(chunkId, rep, required);
    }

    function _campaign(uint256 campaignId) internal view returns (Campaign storage c) {
        c = _campaigns[campaignId];
        if (c.k == 0) revert UnknownCampaign(campaignId);
    }

    function _live(uint256 campaignId) internal view returns (Campaign storage c) {
        c = _campaign(campaignId);
        if (c.closed) revert CampaignClosed(campaignId);
    }

    function _closeTime(Campaign storage c) internal view returns (uint256) {
        return CampaignLib.closeTime(c);
    }

    /// @dev Copy the record to memory and check it against the lane's hash.
    function _load(uint256 campaignId, uint256 lane, uint256[] calldata rec, uint256 k)
        internal
        view
        returns (uint256[] memory r)
    {
        if (rec.length != 2 + 2 * k) revert StaleRecord(lane);
        r = rec;
        bytes32 h;
        assembly ("memory-safe") {
            h := keccak256(add(r, 32), mul(mload(r), 32))
        }
        if (h != _lanes[campaignId][lane]) revert StaleRecord(lane);
    }

    function _store(uint256 campaignId, uint256 lane, uint256[] memory r) internal {
        bytes32 h;
        assembly ("memory-safe") {
            h := keccak256(add(r, 32), mul(mload(r), 32))
        }
        _lanes[campaignId][lane] = h;
    }

    function _seatWord(address a, uint256 time, uint256 status) internal pure returns (uint256) {
        return uint256(uint160(a)) | (time << 160) | (status << 200);
    }

    function _seatStatus(uint256 w) internal pure returns (uint256) {
        return uint8(w >> 200);
    }

    function _claimedAt(uint256 w) internal pure returns (uint256) {
        return uint40(w >> 160);
    }

    function _chunkStatus(uint256 head) internal pure returns (uint256) {
        return uint8(head >> 88);
    }

    function _openedAt(uint256 head) internal pure returns (uint256) {
        return uint40(head >> 96);
    }

    function _size(uint256 head) internal pure returns (uint256) {
        return uint16(head >> 72);
    }

    function _words(uint256 size, uint256 bits) internal pure returns (uint256) {
        uint256 perWord = 256 / bits;
        return (size + perWord - 1) / perWord;
    }

    function _sizeMask(uint256 size) internal pure returns (uint256) {
        return size == 256 ? type(uint256).max : (1 << size) - 1;
    }

    /// @dev Number of set bits (SWAR, no loop).
    function _popcount(uint256 x) internal pure returns (uint256 n) {
        unchecked {
            uint256 m1 = type(uint256).max / 3; // 0x5555...
            uint256 m2 = type(uint256).max / 5; // 0x3333...
            uint256 m4 = type(uint256).max / 17; // 0x0f0f...
            uint256 m8 = type(uint256).max / 257; // 0x00ff...
            uint256 h16 = type(uint256).max / 65535; // 0x0001 0001 ...
            x = x - ((x >> 1) & m1);
            x = (x & m2) + ((x >> 2) & m2);
            x = (x + (x >> 4)) & m4;
            x = (x + (x >> 8)) & m8;
            n = (x * h16) >> 240;
        }
    }
}
