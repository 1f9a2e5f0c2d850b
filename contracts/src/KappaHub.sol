// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {Ledger, ReputationRegistry} from "./ReputationRegistry.sol";
import {CampaignLib} from "./CampaignLib.sol";
import {KappaRules} from "./KappaRules.sol";
import {Records} from "./Records.sol";
import {SettleLib} from "./SettleLib.sol";

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
        uint32 chunks; // chunks in the manifest (ids 0..chunks-1): seats are assigned (requestSeat, assign); 0: picked (claimOpen, claim)
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
        uint32 chunks;
        uint32 nextChunk;
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

    /// @notice One relayed seat request (see requestSeatBatch).
    struct SignedRequest {
        uint256 count;
        uint256 deadline;
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
        uint32 chunkCount; // 0: seats are picked (claimOpen, claim) instead of assigned
        uint32 nextChunk; // every chunk below it is taken: assign opens the lowest free one from here
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
    uint256 public constant AGREE_GAIN = Ledger.AGREE_GAIN;
    /// @notice Reputation lost per ground-truth answer missed (a gold task
    /// of a seat that passed gold, a ruling).
    uint256 public constant DISAGREE_LOSS = Ledger.DISAGREE_LOSS;
    /// @notice Reputation lost per gold task missed by an annotator who fails gold.
    uint256 public constant GOLD_MISS_LOSS = Ledger.GOLD_MISS_LOSS;
    /// @notice Reputation lost per task of a chunk claimed but never revealed.
    uint256 public constant NO_REVEAL_LOSS = Ledger.NO_REVEAL_LOSS;
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

    bytes32 internal constant FREE_LANE = Records.FREE_LANE;
    /// @notice Blocks after a seat request during which it may be assigned:
    /// the draw reads the hash of the request's next block, which the EVM
    /// keeps for 256 blocks. An unassigned request then expires, its bond
    /// slashed.
    uint256 public constant ASSIGN_BLOCKS = 256;
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

    /// @notice EIP-712 type hash of a relayed seat request. `count` is the
    /// request's number (requestOf's count + 1): a signature is good for
    /// one request only.
    bytes32 public constant REQUEST_TYPEHASH =
        keccak256("Request(uint256 campaignId,uint256 count,uint256 deadline)");

    /// @notice EIP-712 type hash of a relayed commit.
    bytes32 public constant COMMIT_TYPEHASH = keccak256(
        "Commit(uint256 campaignId,uint256 chunkId,uint256 seat,uint256 claimedAt,bytes32 commitment)"
    );

    uint256 internal constant CHUNK_ACTIVE = Records.CHUNK_ACTIVE;
    uint256 internal constant CHUNK_DISPUTED = Records.CHUNK_DISPUTED;

    uint256 internal constant SEAT_EMPTY = Records.SEAT_EMPTY;
    uint256 internal constant SEAT_CLAIMED = Records.SEAT_CLAIMED;
    uint256 internal constant SEAT_COMMITTED = Records.SEAT_COMMITTED;
    uint256 internal constant SEAT_REVEALED = Records.SEAT_REVEALED;
    uint256 internal constant SEAT_EXCLUDED = Records.SEAT_EXCLUDED;

    // ---------------------------------------------------------------- state

    /// @notice The ERC-20 every campaign of this hub pays in.
    IERC20 public immutable token;
    /// @notice Number of campaigns created; ids run from 1 to campaignCount.
    uint256 public campaignCount;

    mapping(uint256 => Campaign) internal _campaigns;
    mapping(uint256 => mapping(uint256 => bytes32)) internal _lanes;
    mapping(uint256 => mapping(uint256 => uint256)) internal _taken;
    /// @dev Seat requests: block number (bits 0..63, 0 = none pending) and
    /// requests made so far (64..95), per campaign and annotator.
    mapping(uint256 => mapping(address => uint256)) internal _requests;

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
    /// @notice An annotator asked for a seat; it is drawn from the hash of
    /// block `atBlock` + 1 by `assign`, from block `atBlock` + 2 on.
    event SeatRequested(uint256 indexed campaignId, address indexed annotator, uint256 atBlock, uint256 count);

    /// @notice A seat request was closed without a seat: no free seat or
    /// chunk anywhere the annotator may work (`slashed` 0, the bond is back),
    /// or it expired unassigned (its bond slashed).
    event RequestClosed(uint256 indexed campaignId, address indexed annotator, uint256 slashed);

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
    /// @notice Seats of this campaign are assigned (requestSeat, assign), not picked.
    error SeatsAssigned(uint256 campaignId);
    /// @notice Seats of this campaign are picked (claimOpen, claim): it names no chunk count.
    error SeatsPicked(uint256 campaignId);
    /// @notice The annotator has a seat request waiting to be assigned.
    error RequestPending(uint256 campaignId, uint256 atBlock);
    /// @notice No seat request of the annotator is pending.
    error NoRequest(uint256 campaignId, address annotator);
    /// @notice The draw's block hash does not exist yet: assign from block `from`.
    error AssignTooEarly(uint256 campaignId, uint256 from);
    /// @notice A relayed request's signature does not recover to an account
    /// whose next request is `count` (a replay, or a wrong signature).
    error BadRequestSignature(uint256 index);
    /// @notice The records supplied stop before the draw found a seat.
    error ProbeIncomplete(uint256 campaignId, uint256 probed);
    /// @notice Assignment opens the lowest chunk not taken, `want`.
    error WrongChunk(uint256 chunkId, uint256 want);
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

    /// @notice Ask for a seat in an assigned campaign (one whose `chunks` is
    /// nonzero). Locks a bond of one task's stake, returned when the request
    /// is assigned and slashed if it expires unassigned after ASSIGN_BLOCKS:
    /// an annotator cannot throw away draws it dislikes for free.
    function requestSeat(uint256 campaignId) external {
        Campaign storage c = _requestable(campaignId);
        _request(c, campaignId, msg.sender, _requests[campaignId][msg.sender]);
    }

    /// @notice Relayed seat requests: one transaction asks for several
    /// annotators' seats, each signed by its annotator over the EIP-712
    /// struct Request(uint256 campaignId,uint256 count,uint256 deadline) as
    /// a compact EIP-2098 signature, `count` being the annotator's next
    /// request number. Lets annotators ask for work without gas; each bond
    /// is locked from its annotator's credited balance.
    function requestSeatBatch(uint256 campaignId, SignedRequest[] calldata reqs) external {
        Campaign storage c = _requestable(campaignId);
        bytes32 domain = _domainSeparator();
        for (uint256 i = 0; i < reqs.length; i++) {
            SignedRequest calldata sr = reqs[i];
            if (block.timestamp > sr.deadline) revert SignatureExpired(0, i);
            bytes32 digest = MessageHashUtils.toTypedDataHash(
                domain, keccak256(abi.encode(REQUEST_TYPEHASH, campaignId, sr.count, sr.deadline))
            );
            (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, sr.r, sr.vs);
            uint256 w = _requests[campaignId][signer];
            // a replay names a number already used; a wrong signature
            // recovers an account whose next number is another
            if (err != ECDSA.RecoverError.NoError || sr.count != (w >> 64) + 1) revert BadRequestSignature(i);
            _request(c, campaignId, signer, w);
        }
    }

    /// @dev A live campaign whose seats are assigned, before its end.
    function _requestable(uint256 campaignId) internal view returns (Campaign storage c) {
        c = _live(campaignId);
        if (c.chunkCount == 0) revert SeatsPicked(campaignId);
        if (block.timestamp >= c.endTime) revert CampaignEnded(campaignId);
    }

    /// @dev Record `who`'s next request (w: its request word) and lock its bond.
    function _request(Campaign storage c, uint256 campaignId, address who, uint256 w) internal {
        if (uint64(w) != 0) revert RequestPending(campaignId, uint64(w));
        uint256 count = (w >> 64) + 1;
        _lockStake(who, c.stake, 0);
        _requests[campaignId][who] = block.number | (count << 64);
        emit SeatRequested(campaignId, who, block.number, count);
    }

    /// @notice Give `annotator`'s pending seat request its seat. Anyone may
    /// send it, from the request's block + 2 on. The draw reads the hash of
    /// the request's next block, which did not exist when the request was
    /// made: it picks a lane, and the lanes are probed cyclically from there.
    /// The first lane whose chunk has a seat the annotator may take (empty,
    /// or lapsed, in the claim window, the tier's minimum met, no seat of the
    /// annotator's there already) gives it that seat; the first free lane
    /// opens the lowest chunk not yet taken (`leaf`, `proof`) with the
    /// annotator in seat 0. Nobody picks a chunk or a seat.
    /// @param recs the record of every lane probed, in probe order (empty for
    /// a free lane), up to the lane that gives the seat; all lanes' when
    /// none does (the request then closes, its bond back)
    /// @dev A request past ASSIGN_BLOCKS closes with its bond slashed; one
    /// made before the campaign ended or closed closes with its bond back.
    function assign(
        uint256 campaignId,
        address annotator,
        ChunkLeaf calldata leaf,
        bytes32[] calldata proof,
        uint256[][] calldata recs
    ) external {
        Campaign storage c = _campaign(campaignId);
        uint256 w = _requests[campaignId][annotator];
        uint256 at = uint64(w);
        if (at == 0) revert NoRequest(campaignId, annotator);
        if (block.number < at + 2) revert AssignTooEarly(campaignId, at + 2);
        _requests[campaignId][annotator] = w & ~uint256(type(uint64).max);
        uint256 bond = c.stake;
        if (block.number > at + ASSIGN_BLOCKS) {
            _settle(campaignId, 0, c.requester, annotator, Reason.RequestExpired, 0, 0, 0, -int256(bond), 0);
            emit RequestClosed(campaignId, annotator, bond);
            return;
        }
        _unlockStake(annotator, bond);
        if (!c.closed && block.timestamp < c.endTime) {
            uint256 lanes = c.laneCount;
            uint256 start = uint256(keccak256(abi.encode(blockhash(at + 1), campaignId, annotator, w >> 64))) % lanes;
            for (uint256 i = 0; i < recs.length; i++) {
                uint256 lane = (start + i) % lanes;
                if (_lanes[campaignId][lane] == FREE_LANE) {
                    if (_openNext(c, campaignId, lane, annotator, leaf, proof)) return;
                } else {
                    uint256[] memory r = _load(campaignId, lane, recs[i], c.k);
                    uint256 seat = _freeSeat(c, r, annotator);
                    if (seat < c.k) {
                        _claimSeat(c, campaignId, lane, r, seat, annotator);
                        _store(campaignId, lane, r);
                        return;
                    }
                }
            }
            if (recs.length < lanes) revert ProbeIncomplete(campaignId, recs.length);
        }
        emit RequestClosed(campaignId, annotator, 0);
    }

    /// @notice Open a chunk (campaigns whose seats are picked): prove its leaf
    /// against the manifest root, take seat 0, reserve the chunk's maximum
    /// payout, and put it in a free lane.
    function claimOpen(uint256 campaignId, uint256 lane, ChunkLeaf calldata leaf, bytes32[] calldata proof) external {
        Campaign storage c = _picked(campaignId);
        if (block.timestamp >= c.endTime) revert CampaignEnded(campaignId);
        if (lane >= c.laneCount) revert UnknownLane(lane);
        if (_lanes[campaignId][lane] != FREE_LANE) revert LaneBusy(lane);
        _checkLeaf(c, leaf, proof);
        _open(c, campaignId, lane, leaf, msg.sender);
    }

    /// @dev Open the lowest chunk not taken in a free lane for `annotator`;
    /// false when there is none, or its tier's minimum is above the annotator.
    function _openNext(
        Campaign storage c,
        uint256 campaignId,
        uint256 lane,
        address annotator,
        ChunkLeaf calldata leaf,
        bytes32[] calldata proof
    ) internal returns (bool) {
        uint256 count = c.chunkCount;
        uint256 next = c.nextChunk;
        while (next < count) {
            uint256 free = ~_taken[campaignId][next >> 8] >> (next & 255);
            if (free != 0) {
                next += Records.popcount((free & (~free + 1)) - 1);
                break;
            }
            next = (next | 255) + 1;
        }
        if (next >= count) return false;
        if (leaf.chunkId != next) revert WrongChunk(leaf.chunkId, next);
        _checkLeaf(c, leaf, proof);
        uint256 min = c.tiers[leaf.tier].minReputation;
        if (min != 0 && reputationOf(annotator, c.reputationSource) < min) return false;
        c.nextChunk = uint32(next + 1);
        _open(c, campaignId, lane, leaf, annotator);
        return true;
    }

    /// @dev The first seat of a chunk `annotator` may take (empty or lapsed),
    /// or k when it may take none.
    function _freeSeat(Campaign storage c, uint256[] memory r, address annotator) internal view returns (uint256 free) {
        uint256 k = c.k;
        free = k;
        uint256 head = r[0];
        if (Records.chunkStatus(head) != CHUNK_ACTIVE || block.timestamp > Records.openedAt(head) + c.claimWindow) {
            return k;
        }
        uint256 min = uint32(head >> 216);
        if (min != 0 && reputationOf(annotator, c.reputationSource) < min) return k;
        for (uint256 i = 0; i < k; i++) {
            uint256 s = r[2 + 2 * i];
            uint256 st = Records.seatStatus(s);
            if (st != SEAT_EMPTY && address(uint160(s)) == annotator) return k;
            if (
                free == k
                    && (st == SEAT_EMPTY || (st == SEAT_CLAIMED && block.timestamp > Records.claimedAt(s) + c.commitWindow))
            ) free = i;
        }
    }

    /// @dev A chunk's leaf must be in the manifest and well formed. Every
    /// leaf commits to gold, an empty mask when the chunk has none, so that
    /// nobody can tell which chunks hold gold before finalize.
    function _checkLeaf(Campaign storage c, ChunkLeaf calldata leaf, bytes32[] calldata proof) internal view {
        bytes32 node = KappaRules.leafHash(leaf.chunkId, leaf.tier, leaf.size, leaf.tasksRoot, leaf.goldCommitment);
        if (!MerkleProof.verifyCalldata(proof, c.manifestRoot, node)) revert InvalidChunkProof(leaf.chunkId);
        uint256 size = leaf.size;
        if (leaf.tier >= c.tierCount || size == 0 || size > MAX_CHUNK_SIZE || leaf.goldCommitment == bytes32(0)) {
            revert InvalidChunk(leaf.chunkId);
        }
    }

    /// @dev Put a checked leaf's chunk in a free lane with `claimer` in seat 0.
    function _open(Campaign storage c, uint256 campaignId, uint256 lane, ChunkLeaf calldata leaf, address claimer)
        internal
    {
        uint256 chunkId = leaf.chunkId;
        uint256 size = leaf.size;
        uint256 bit = 1 << (chunkId & 255);
        uint256 taken = _taken[campaignId][chunkId >> 8];
        if (taken & bit != 0) revert ChunkTaken(chunkId);
        _taken[campaignId][chunkId >> 8] = taken | bit;

        Tier memory t = c.tiers[leaf.tier];
        _checkReputation(c, chunkId, claimer, t.minReputation);

        uint256 k = c.k;
        uint256 reserve = size * (k * t.reward + c.reviewerFee);
        uint256 free = c.unreserved;
        if (reserve > free) revert InsufficientEscrow(campaignId, reserve, free);
        c.unreserved = uint128(free - reserve);
        c.reserved += uint128(reserve);
        _lockStake(claimer, size * c.stake, chunkId);

        uint256[] memory r = new uint256[](2 + 2 * k);
        r[0] = chunkId | (uint256(leaf.tier) << 64) | (size << 72) | (CHUNK_ACTIVE << 88) | (block.timestamp << 96)
            | (uint256(t.minReputation) << 216);
        r[1] = uint256(leaf.goldCommitment);
        r[2] = _seatWord(claimer, block.timestamp, SEAT_CLAIMED);
        _store(campaignId, lane, r);
        emit ChunkOpened(campaignId, chunkId, lane, leaf.tier, size, leaf.goldCommitment, reserve, block.timestamp);
        emit Claimed(campaignId, chunkId, claimer, lane, 0, block.timestamp);
    }

    /// @notice Take an empty seat of an open chunk, or a seat whose holder let
    /// the commit window lapse (the holder loses LAPSE_LOSS reputation).
    function claim(uint256 campaignId, uint256 lane, uint256[] calldata rec, uint256 seat) external {
        Campaign storage c = _picked(campaignId);
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
        Campaign storage c = _picked(campaignId);
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
                        CLAIM_TYPEHASH, campaignId, chunkId, sc.seat, Records.openedAt(r[0]), r[2 + 2 * sc.seat], sc.deadline
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
        if (Records.chunkStatus(head) != CHUNK_ACTIVE) revert ClaimWindowClosed(chunkId);
        if (block.timestamp > Records.openedAt(head) + c.claimWindow) revert ClaimWindowClosed(chunkId);
        if (seat >= k) revert InvalidSeat(chunkId, seat);
        for (uint256 i = 0; i < k; i++) {
            uint256 w = r[2 + 2 * i];
            if (address(uint160(w)) == claimer && Records.seatStatus(w) != SEAT_EMPTY) {
                revert AlreadyClaimed(chunkId, claimer);
            }
        }
        uint256 s = r[2 + 2 * seat];
        uint256 st = Records.seatStatus(s);
        if (st != SEAT_EMPTY) {
            if (st != SEAT_CLAIMED || block.timestamp <= Records.claimedAt(s) + c.commitWindow) {
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
                -int256(Records.size(head) * c.stake),
                -int256(LAPSE_LOSS)
            );
        }
        // the tier's minimum reputation was copied into the header at open
        _checkReputation(c, chunkId, claimer, uint32(head >> 216));
        _lockStake(claimer, Records.size(head) * c.stake, chunkId);
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
                keccak256(abi.encode(COMMIT_TYPEHASH, campaignId, chunkId, sc.seat, Records.claimedAt(s), sc.commitment))
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
        if (address(uint160(s)) != annotator || Records.seatStatus(s) == SEAT_EMPTY) revert NotSeatHolder(chunkId, seat);
        if (Records.seatStatus(s) != SEAT_CLAIMED || Records.chunkStatus(head) != CHUNK_ACTIVE) {
            revert AlreadyCommitted(chunkId, seat);
        }
        if (block.timestamp > Records.claimedAt(s) + c.commitWindow) revert CommitWindowClosed(chunkId, seat);
        if (commitment == bytes32(0)) revert EmptyCommitment(chunkId);
        r[2 + 2 * seat] = (s & ~(uint256(0xff) << 200)) | (SEAT_COMMITTED << 200);
        r[3 + 2 * seat] = uint256(commitment);
        uint256 revealAt;
        uint256 committed;
        for (uint256 i = 0; i < k; i++) {
            if (Records.seatStatus(r[2 + 2 * i]) == SEAT_COMMITTED) committed++;
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
        uint256 st = Records.seatStatus(s);
        if (st == SEAT_REVEALED || st == SEAT_EXCLUDED) revert AlreadyRevealed(chunkId, seat);
        if (st != SEAT_COMMITTED || Records.chunkStatus(head) != CHUNK_ACTIVE) revert NotCommitted(chunkId, seat);
        uint256 revealAt = uint40(head >> 136);
        if (revealAt == 0) {
            revealAt = Records.openedAt(head) + c.claimWindow + c.commitWindow;
            if (block.timestamp <= revealAt) revert RevealTooEarly(chunkId);
        }
        if (block.timestamp > revealAt + c.revealWindow) revert RevealWindowClosed(chunkId);
        uint256 words = Records.words(Records.size(head), c.labelBits);
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
        // a reclaimed campaign still pays what it owes
        uint256 slashed = SettleLib.finalize(
            _campaign(campaignId), _lanes[campaignId], _taken[campaignId], _accounts, _reputations, campaignId, lane, rec, labels, gold
        );
        if (slashed != 0) unburned += slashed;
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
        SettleLib.resolve(
            _campaign(campaignId), _lanes[campaignId], _accounts, _reputations, campaignId, lane, rec, labels, taskMask, finalLabels
        );
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
        SettleLib.settleExpired(_campaign(campaignId), _lanes[campaignId], _accounts, _reputations, campaignId, lane, rec);
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

    /// @notice An annotator's seat request: the block it was made in (0 when
    /// none is pending) and how many it has made in the campaign.
    function requestOf(uint256 campaignId, address annotator) external view returns (uint256 atBlock, uint256 count) {
        uint256 w = _requests[campaignId][annotator];
        return (uint64(w), w >> 64);
    }

    /// @notice Whether a chunk was ever opened (in a lane now, or done).
    function chunkTaken(uint256 campaignId, uint256 chunkId) external view returns (bool) {
        return _taken[campaignId][chunkId >> 8] & (1 << (chunkId & 255)) != 0;
    }

    // ============================================================ internals

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

    /// @dev A live campaign whose seats are picked, not assigned.
    function _picked(uint256 campaignId) internal view returns (Campaign storage c) {
        c = _live(campaignId);
        if (c.chunkCount != 0) revert SeatsAssigned(campaignId);
    }

    function _closeTime(Campaign storage c) internal view returns (uint256) {
        return CampaignLib.closeTime(c);
    }

    function _load(uint256 campaignId, uint256 lane, uint256[] calldata rec, uint256 k)
        internal
        view
        returns (uint256[] memory)
    {
        return Records.load(_lanes[campaignId], lane, rec, k);
    }

    function _store(uint256 campaignId, uint256 lane, uint256[] memory r) internal {
        Records.store(_lanes[campaignId], lane, r);
    }

    function _seatWord(address a, uint256 time, uint256 status) internal pure returns (uint256) {
        return uint256(uint160(a)) | (time << 160) | (status << 200);
    }

}
