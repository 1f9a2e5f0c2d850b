// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {KappaHub} from "./KappaHub.sol";

/// @title CampaignLib
/// @notice The hub's cold paths: validating and storing a new campaign's
/// parameters, and reading them back. Deployed once and linked: the hub
/// calls it with DELEGATECALL, so it works on the hub's storage, as the hub.
/// @dev Why a library: EIP-170 caps a contract's code at 24,576 bytes, and
/// protocol v2 outgrew it. Creation and the campaign view run once per
/// campaign or off-chain, so the ~2,600 gas of a DELEGATECALL is nothing
/// there, while the hot paths (claim, commit, reveal, finalize) stay in the
/// hub with no extra call.
library CampaignLib {
    using SafeERC20 for IERC20;

    /// @notice Largest k (annotators per chunk): KappaHub.MAX_K, which must
    /// be a literal there (it sizes the tally's arrays).
    /// TestInvalidParameters refuses protocol.MaxK+1 here and
    /// TestLimitsMatchContract ties protocol.MaxK to the hub's.
    uint256 internal constant MAX_K = 8;
    /// @notice Most tiers a campaign may have.
    uint256 internal constant MAX_TIERS = 8;
    /// @notice Most lanes a campaign may have: creating them is one storage
    /// write each, and 1,024 fit a block's gas on any chain kappa targets.
    uint256 internal constant MAX_LANES = 1024;
    /// @notice Shortest claim, commit, reveal and gold window (seconds): time
    /// for a transaction to be mined on a busy chain.
    uint256 internal constant MIN_WINDOW = 60;
    /// @notice Shortest dispute window (seconds): reviewers and the arbiter
    /// get at least this long after a chunk's finalize to rule on its
    /// disputes before they expire.
    uint256 internal constant MIN_DISPUTE_WINDOW = 3600;

    /// @notice Validate `p` and store it as campaign `id` (created by the
    /// caller, msg.sender of the hub call), creating its lanes.
    function create(
        KappaHub.Campaign storage c,
        mapping(uint256 => bytes32) storage lanes,
        uint256 id,
        KappaHub.CampaignParams calldata p
    ) external {
        _check(p);
        c.requester = msg.sender;
        c.k = p.k;
        c.q = p.q;
        c.labelBits = p.labelBits;
        c.numLabels = p.numLabels;
        c.multiLabel = p.multiLabel;
        c.maxGoldMisses = p.maxGoldMisses;
        c.maxGold = p.maxGold;
        c.laneCount = p.lanes;
        c.chunkCount = p.chunks;
        c.tierCount = uint8(p.tiers.length);
        c.arbiter = p.arbiter;
        c.reviewWindow = p.reviewWindow;
        // Reputation is read from the requester's own ledger unless the
        // campaign names another one it trusts.
        c.reputationSource = p.reputationSource == address(0) ? msg.sender : p.reputationSource;
        c.stake = p.stake;
        c.claimWindow = p.claimWindow;
        c.commitWindow = p.commitWindow;
        c.revealWindow = p.revealWindow;
        c.goldWindow = p.goldWindow;
        c.disputeWindow = p.disputeWindow;
        c.endTime = p.endTime;
        c.seniorReputation = p.seniorReputation;
        c.reviewerFee = p.reviewerFee;
        c.manifestRoot = p.manifestRoot;
        c.manifestCid = p.manifestCid;
        for (uint256 i = 0; i < p.tiers.length; i++) {
            c.tiers[i] = p.tiers[i];
        }
        // Lanes are created once, non-zero, so that every later write to them
        // rewrites an existing slot instead of creating one.
        for (uint256 i = 0; i < p.lanes; i++) {
            lanes[i] = bytes32(uint256(1)); // KappaHub.FREE_LANE
        }
        emit KappaHub.CampaignCreated(id, msg.sender, p.arbiter, p.manifestRoot, p.manifestCid);
    }

    function _check(KappaHub.CampaignParams calldata p) private view {
        if (p.k == 0 || p.k > MAX_K) revert KappaHub.InvalidParameter("k");
        if (p.q == 0 || p.q > p.k || 2 * uint256(p.q) <= p.k) revert KappaHub.InvalidParameter("q");
        uint8 b = p.labelBits;
        if (b != 1 && b != 2 && b != 4 && b != 8 && b != 16 && b != 32) revert KappaHub.InvalidParameter("labelBits");
        if (p.multiLabel) {
            if (p.numLabels == 0 || p.numLabels > b) revert KappaHub.InvalidParameter("numLabels");
        } else {
            if (p.numLabels < 2 || (b < 16 && p.numLabels > (1 << b))) revert KappaHub.InvalidParameter("numLabels");
        }
        if (p.lanes == 0 || p.lanes > MAX_LANES) revert KappaHub.InvalidParameter("lanes");
        // Gold is capped per chunk, so that annotators see before they work
        // how much of a chunk the requester alone may decide.
        if (p.maxGold == 0) revert KappaHub.InvalidParameter("maxGold");
        // A free seat would let anyone fill seats without putting anything
        // at risk (protocol v2 §1).
        if (p.stake == 0) revert KappaHub.InvalidParameter("stake");
        if (p.tiers.length == 0 || p.tiers.length > MAX_TIERS) revert KappaHub.InvalidParameter("tiers");
        // Every accepted label is paid: reputation is only ever earned where
        // someone paid for the work.
        for (uint256 i = 0; i < p.tiers.length; i++) {
            if (p.tiers[i].reward == 0) revert KappaHub.InvalidParameter("reward");
        }
        // A lapsed seat can be taken over only while the claim window is
        // open, so it must outlast a seat's commit window.
        if (p.claimWindow <= p.commitWindow) revert KappaHub.InvalidParameter("claimWindow");
        if (p.commitWindow < MIN_WINDOW) revert KappaHub.InvalidParameter("commitWindow");
        if (p.revealWindow < MIN_WINDOW) revert KappaHub.InvalidParameter("revealWindow");
        if (p.goldWindow < MIN_WINDOW) revert KappaHub.InvalidParameter("goldWindow");
        if (p.disputeWindow < MIN_DISPUTE_WINDOW) revert KappaHub.InvalidParameter("disputeWindow");
        // The arbiter keeps at least the minimum dispute window after the
        // reviewers' turn, so an unreviewed dispute can still be ruled on.
        if (uint256(p.reviewWindow) + MIN_DISPUTE_WINDOW > p.disputeWindow) {
            revert KappaHub.InvalidParameter("reviewWindow");
        }
        if (p.endTime <= block.timestamp) revert KappaHub.InvalidParameter("endTime");
        // The requester never judges its own campaign: the arbiter rules on
        // disputes where the requester's money is at stake.
        if (p.arbiter == address(0) || p.arbiter == msg.sender) revert KappaHub.InvalidParameter("arbiter");
        if (p.manifestRoot == bytes32(0)) revert KappaHub.InvalidParameter("manifestRoot");
        if (bytes(p.manifestCid).length == 0) revert KappaHub.InvalidParameter("manifestCid");
    }

    /// @notice Pull `amount` tokens from the caller (msg.sender of the hub
    /// call) and return what arrived: fee-on-transfer tokens deliver less,
    /// and only what arrived is credited.
    function pull(IERC20 token, uint256 amount) public returns (uint256 received) {
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), amount);
        received = token.balanceOf(address(this)) - before;
    }

    /// @notice Add `amount` (what arrives of it) to campaign `id`'s escrow.
    function fund(KappaHub.Campaign storage c, IERC20 token, uint256 id, uint256 amount) external {
        uint256 received = pull(token, amount);
        uint256 free = uint256(c.unreserved) + received;
        if (free + c.reserved > type(uint128).max) revert KappaHub.InvalidParameter("amount");
        c.unreserved = uint128(free);
        emit KappaHub.Funded(id, msg.sender, received, free);
    }

    /// @notice The requester takes back `amount` of the unreserved escrow.
    function withdrawUnreserved(KappaHub.Campaign storage c, IERC20 token, uint256 id, uint256 amount, address to)
        external
    {
        if (msg.sender != c.requester) revert KappaHub.NotRequester(id, msg.sender);
        uint256 free = c.unreserved;
        if (amount > free) revert KappaHub.InsufficientUnreserved(id, amount, free);
        c.unreserved = uint128(free - amount);
        emit KappaHub.EscrowWithdrawn(id, to, amount, free - amount);
        token.safeTransfer(to, amount);
    }

    /// @notice After the close time the requester takes the unreserved
    /// escrow and the campaign closes (see KappaHub.reclaim).
    function reclaim(KappaHub.Campaign storage c, IERC20 token, uint256 id, address to) external {
        if (msg.sender != c.requester) revert KappaHub.NotRequester(id, msg.sender);
        uint256 closeAt = closeTime(c);
        if (block.timestamp <= closeAt) revert KappaHub.CampaignNotOver(id, closeAt);
        uint256 amount = c.unreserved;
        if (c.closed && amount == 0) revert KappaHub.NothingToReclaim(id);
        c.unreserved = 0;
        c.closed = true;
        emit KappaHub.CampaignReclaimed(id, to, amount);
        if (amount != 0) token.safeTransfer(to, amount);
    }

    /// @notice Everything a client shows about a campaign.
    function info(KappaHub.Campaign storage c) external view returns (KappaHub.CampaignInfo memory out) {
        out.requester = c.requester;
        out.arbiter = c.arbiter;
        out.reputationSource = c.reputationSource;
        out.stake = c.stake;
        out.manifestRoot = c.manifestRoot;
        out.manifestCid = c.manifestCid;
        out.k = c.k;
        out.q = c.q;
        out.labelBits = c.labelBits;
        out.numLabels = c.numLabels;
        out.multiLabel = c.multiLabel;
        out.maxGoldMisses = c.maxGoldMisses;
        out.maxGold = c.maxGold;
        out.lanes = c.laneCount;
        out.chunks = c.chunkCount;
        out.nextChunk = c.nextChunk;
        out.claimWindow = c.claimWindow;
        out.commitWindow = c.commitWindow;
        out.revealWindow = c.revealWindow;
        out.goldWindow = c.goldWindow;
        out.disputeWindow = c.disputeWindow;
        out.reviewWindow = c.reviewWindow;
        out.endTime = c.endTime;
        out.seniorReputation = c.seniorReputation;
        out.reviewerFee = c.reviewerFee;
        out.tiers = new KappaHub.Tier[](c.tierCount);
        for (uint256 i = 0; i < c.tierCount; i++) {
            out.tiers[i] = c.tiers[i];
        }
        out.unreserved = c.unreserved;
        out.reserved = c.reserved;
        out.closed = c.closed;
        out.closeTime = closeTime(c);
    }

    /// @notice When the requester may reclaim: no chunk opens after endTime,
    /// and every window of the last one has passed.
    function closeTime(KappaHub.Campaign storage c) internal view returns (uint256) {
        return uint256(c.endTime) + c.claimWindow + c.commitWindow + c.revealWindow + c.goldWindow + c.disputeWindow;
    }
}
